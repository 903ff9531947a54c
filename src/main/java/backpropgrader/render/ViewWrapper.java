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
import java.util.List;

/**
 * FreeMarker's wrapper with a fast path for views: a record's components are read through method handles found
 * once per record class, instead of FreeMarker's general bean introspection, which a class of 10,000 feedback pages
 * (thousands of view records each) would spend most of its time in. Anything else, and any name that is not a
 * component, goes to the general wrapper as before.
 */
final class ViewWrapper extends DefaultObjectWrapper {

    private static final ClassValue<Components> COMPONENTS = new ClassValue<>() {
        @Override
        protected Components computeValue(Class<?> type) {
            RecordComponent[] rc = type.getRecordComponents();
            String[] names = new String[rc.length];
            MethodHandle[] accessors = new MethodHandle[rc.length];
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (int i = 0; i < rc.length; i++) {
                try {
                    names[i] = rc[i].getName();
                    accessors[i] = lookup.unreflect(rc[i].getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class));
                } catch (IllegalAccessException e) {
                    return Components.NONE; // not public: the general wrapper reads it, as it always did
                }
            }
            return new Components(names, accessors);
        }
    };

    /**
     * A record class's component names and accessors, side by side. A view has a dozen components at most, and a
     * template asks for the same few names thousands of times: a scan that compares the (usually identical)
     * name strings first by reference beats hashing them.
     */
    private record Components(String[] names, MethodHandle[] accessors) {

        static final Components NONE = new Components(new String[0], new MethodHandle[0]);

        MethodHandle get(String name) {
            for (int i = 0; i < names.length; i++) {
                if (names[i] == name) {
                    return accessors[i];
                }
            }
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return accessors[i];
                }
            }
            return null;
        }

        boolean isEmpty() {
            return names.length == 0;
        }
    }

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
        private final Components components;
        private TemplateHashModel general;

        RecordModel(Record record, Components components) {
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
