package backpropgrader.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON the pages and the core exchange, read and written here because the core has no Jackson: a
 * writer for what the core answers, and a reader for what the core is given (a practice variant, the typed
 * answers). Objects keep their order ({@link LinkedHashMap}); numbers are doubles. The writer escapes {@code <},
 * so its text may sit inside a page's {@code <script>} element.
 */
public final class Json {

    private Json() {
    }

    /** A JSON object written field by field, in the order given. */
    public static final class Writer {
        private final StringBuilder out = new StringBuilder("{");

        public Writer put(String name, String value) {
            return raw(name, value == null ? "null" : quote(value));
        }

        public Writer put(String name, double value) {
            return raw(name, number(value));
        }

        public Writer put(String name, boolean value) {
            return raw(name, value ? "true" : "false");
        }

        /** A value that is already JSON text (an object, an array). */
        public Writer raw(String name, String json) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(quote(name)).append(':').append(json);
            return this;
        }

        @Override
        public String toString() {
            return out + "}";
        }
    }

    /** A JSON array of values that are already JSON text. */
    public static String array(List<String> jsonValues) {
        return "[" + String.join(",", jsonValues) + "]";
    }

    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return "null";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '<' -> b.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        String hex = Integer.toHexString(c);
                        b.append("\\u").append("0000", hex.length(), 4).append(hex);
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Reads a JSON text: objects as ordered maps, arrays as lists, numbers as Double, and strings, booleans, null. */
    public static Object parse(String text) {
        Reader r = new Reader(text);
        Object v = r.value();
        r.space();
        if (r.at < text.length()) {
            throw r.error("the end of the text");
        }
        return v;
    }

    private static final class Reader {
        private final String s;
        private int at;

        Reader(String s) {
            this.s = s;
        }

        Object value() {
            space();
            if (at >= s.length()) {
                throw error("a value");
            }
            char c = s.charAt(at);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    return word("true", Boolean.TRUE);
                case 'f':
                    return word("false", Boolean.FALSE);
                case 'n':
                    return word("null", null);
                default:
                    return number();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> out = new LinkedHashMap<>();
            at++;
            space();
            if (peek('}')) {
                return out;
            }
            do {
                space();
                String name = string();
                space();
                expect(':');
                out.put(name, value());
                space();
            } while (peek(','));
            expect('}');
            return out;
        }

        private List<Object> array() {
            List<Object> out = new ArrayList<>();
            at++;
            space();
            if (peek(']')) {
                return out;
            }
            do {
                out.add(value());
                space();
            } while (peek(','));
            expect(']');
            return out;
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (at < s.length() && s.charAt(at) != '"') {
                char c = s.charAt(at++);
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(at++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> b.append(e);
                }
            }
            expect('"');
            return b.toString();
        }

        private Double number() {
            int start = at;
            while (at < s.length() && "+-0123456789.eE".indexOf(s.charAt(at)) >= 0) {
                at++;
            }
            if (start == at) {
                throw error("a value");
            }
            return Double.parseDouble(s.substring(start, at));
        }

        private Object word(String w, Object value) {
            if (!s.startsWith(w, at)) {
                throw error(w);
            }
            at += w.length();
            return value;
        }

        private boolean peek(char c) {
            if (at < s.length() && s.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("'" + c + "'");
            }
        }

        void space() {
            while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
                at++;
            }
        }

        IllegalArgumentException error(String expected) {
            return new IllegalArgumentException("JSON at character " + at + ": expected " + expected);
        }
    }
}
