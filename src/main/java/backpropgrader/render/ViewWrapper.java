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
     * template asks for the same few names thousands of times, each time with the same string: the one the
     * template's parser made for that place, which is not the component's own name. So the strings a template has
     * asked with are remembered ({@link Aliases}), found by their identity hash and compared by reference, with no
     * {@code equals} (which had been 3 % of a large class's grading time) and no scan of them all (2.6 %).
     */
    private static final class Components {

        static final Components NONE = new Components(new String[0], new MethodHandle[0]);

        /** No more strings than this are remembered for a class (a template names its components in a few places). */
        private static final int MOST_ALIASES = 64;
        /** Slots of the aliases' table: twice the most, so that a search ends at an empty slot soon. */
        private static final int SLOTS = 2 * MOST_ALIASES;

        private final String[] names;
        private final MethodHandle[] accessors;
        private volatile Aliases aliases = new Aliases(new String[SLOTS], new int[SLOTS], 0);

        /**
         * Strings a template has asked for a component with, and that component's place, in a table addressed by
         * the string's identity hash (the next free slot after a taken one): replaced whole.
         */
        private record Aliases(String[] names, int[] places, int count) {
            int placeOf(String name) {
                for (int i = System.identityHashCode(name) & (SLOTS - 1); ; i = (i + 1) & (SLOTS - 1)) {
                    String n = names[i];
                    if (n == name) {
                        return places[i];
                    }
                    if (n == null) {
                        return -1;
                    }
                }
            }

            Aliases with(String name, int place) {
                String[] n = names.clone();
                int[] p = places.clone();
                int i = System.identityHashCode(name) & (SLOTS - 1);
                while (n[i] != null) {
                    i = (i + 1) & (SLOTS - 1);
                }
                n[i] = name;
                p[i] = place;
                return new Aliases(n, p, count + 1);
            }
        }

        Components(String[] names, MethodHandle[] accessors) {
            this.names = names;
            this.accessors = accessors;
        }

        /** The component's place, or -1 when the record has no component of that name. */
        int indexOf(String name) {
            int known = aliases.placeOf(name);
            if (known >= 0) {
                return known;
            }
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    remember(name, i);
                    return i;
                }
            }
            return -1;
        }

        private synchronized void remember(String name, int place) {
            Aliases seen = aliases;
            if (seen.placeOf(name) < 0 && seen.count < MOST_ALIASES) { // another thread may have remembered it
                aliases = seen.with(name, place);
            }
        }

        boolean isEmpty() {
            return names.length == 0;
        }
    }

    ViewWrapper(DefaultObjectWrapperBuilder settings) {
        super(settings, true);
    }

    /**
     * A record first: the general wrapper tests a dozen types (numbers, dates, arrays, collections, maps, …)
     * before it gets to one, and a list of views asks for every element ({@code DefaultListAdapter.get}).
     */
    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        TemplateModel view = obj instanceof Record r && !(obj instanceof TemplateModel) ? view(r) : null;
        return view != null ? view : super.wrap(obj);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        TemplateModel view = obj instanceof Record r ? view(r) : null;
        return view != null ? view : super.handleUnknownType(obj);
    }

    /** A record whose components are public, read through their accessors; null for any other. */
    private TemplateModel view(Record r) {
        Components c = COMPONENTS.get(r.getClass());
        return c.isEmpty() ? null : new RecordModel(r, c);
    }

    /**
     * A record read as a hash of its components. Each component is read and wrapped once: a template asks for the
     * same one many times ({@code st.math} for each of a worked step's parts), and a view never changes.
     */
    private final class RecordModel implements TemplateHashModel {

        private final Record record;
        private final Components components;
        private TemplateModel[] read; // per component, once asked (one template, one thread, reads a model)
        private TemplateHashModel general;

        RecordModel(Record record, Components components) {
            this.record = record;
            this.components = components;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            int i = components.indexOf(key);
            if (i < 0) {
                if (general == null) {
                    general = (TemplateHashModel) ViewWrapper.super.handleUnknownType(record);
                }
                return general.get(key);
            }
            if (read == null) {
                read = new TemplateModel[components.accessors.length];
            } else if (read[i] != null) {
                return read[i];
            }
            try {
                return read[i] = fast((Object) components.accessors[i].invokeExact((Object) record));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new TemplateModelException("Reading " + key + " of " + record.getClass().getSimpleName(), e);
            }
        }

        /** What views hold, wrapped without the general wrapper's long chain of type tests (views: {@link #wrap}). */
        private TemplateModel fast(Object value) throws TemplateModelException {
            if (value != null && value.getClass() == String.class) { // first: a string is no TemplateModel
                return new SimpleScalar((String) value);
            }
            if (value instanceof TemplateModel m) {
                return m;
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
