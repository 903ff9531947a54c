package backpropgrader.render;

import freemarker.template.DefaultListAdapter;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * FreeMarker's wrapper with a fast path for views: a record's components are read through method handles found
 * once per record class, instead of FreeMarker's general bean introspection, which a class of 10,000 feedback pages
 * (thousands of view records each) would spend most of its time in. Anything else, and any name that is not a
 * component, goes to the general wrapper as before.
 */
final class ViewWrapper extends DefaultObjectWrapper {

    private static final ClassValue<Map<String, MethodHandle>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            Map<String, MethodHandle> out = new HashMap<>();
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (RecordComponent c : type.getRecordComponents()) {
                try {
                    out.put(c.getName(), lookup.unreflect(c.getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class)));
                } catch (IllegalAccessException e) {
                    return Map.of(); // not public: the general wrapper reads it, as it always did
                }
            }
            return Map.copyOf(out);
        }
    };

    ViewWrapper(DefaultObjectWrapperBuilder settings) {
        super(settings, true);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof Record r && !COMPONENTS.get(r.getClass()).isEmpty()) {
            return new RecordModel(r, COMPONENTS.get(r.getClass()));
        }
        return super.handleUnknownType(obj);
    }

    /** A record read as a hash of its components. */
    private final class RecordModel implements TemplateHashModel {

        private final Record record;
        private final Map<String, MethodHandle> components;
        private TemplateHashModel general;

        RecordModel(Record record, Map<String, MethodHandle> components) {
            this.record = record;
            this.components = components;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            MethodHandle accessor = components.get(key);
            if (accessor == null) {
                if (general == null) {
                    general = (TemplateHashModel) ViewWrapper.super.handleUnknownType(record);
                }
                return general.get(key);
            }
            try {
                return fast((Object) accessor.invokeExact((Object) record));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new TemplateModelException("Reading " + key + " of " + record.getClass().getSimpleName(), e);
            }
        }

        /** What views hold, wrapped without the general wrapper's long chain of type tests. */
        private TemplateModel fast(Object value) throws TemplateModelException {
            if (value instanceof TemplateModel m) {
                return m;
            }
            if (value != null && value.getClass() == String.class) {
                return new SimpleScalar((String) value);
            }
            if (value instanceof Record r && !COMPONENTS.get(r.getClass()).isEmpty()) {
                return new RecordModel(r, COMPONENTS.get(r.getClass()));
            }
            if (value instanceof List<?> list) {
                return DefaultListAdapter.adapt(list, ViewWrapper.this);
            }
            return wrap(value);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }
}
