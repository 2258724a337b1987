package io.github.nnbackends.cli;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * One JSON object on one line, written by Gson's {@link JsonWriter}: strings escaped, numbers as Python prints them
 * (so that a loss reads back to the same double), and NaN or an infinity, which JSON cannot hold, as null.
 */
final class JsonLine {

    private final StringWriter text = new StringWriter();
    private final JsonWriter json = new JsonWriter(text);

    JsonLine() {
        write(() -> json.beginObject());
    }

    JsonLine put(String name, String value) {
        return write(() -> json.name(name).value(value));
    }

    JsonLine put(String name, long value) {
        return write(() -> json.name(name).value(value));
    }

    JsonLine put(String name, boolean value) {
        return write(() -> json.name(name).value(value));
    }

    JsonLine put(String name, double value) {
        return write(() -> {
            json.name(name);
            if (Double.isFinite(value)) {
                json.jsonValue(PythonFloat.repr(value));
            } else {
                json.nullValue();
            }
        });
    }

    /** Each of {@code fields} by its type: text, a whole number, a double, true or false, or null. */
    JsonLine putAll(Map<String, ?> fields) {
        fields.forEach((name, value) -> {
            if (value instanceof Double number) {
                put(name, number.doubleValue());
            } else if (value instanceof Integer || value instanceof Long) {
                put(name, ((Number) value).longValue());
            } else if (value instanceof Boolean bool) {
                put(name, bool.booleanValue());
            } else {
                put(name, value == null ? null : value.toString());
            }
        });
        return this;
    }

    /** The object, closed; nothing may be put after this. */
    @Override
    public String toString() {
        write(() -> json.endObject().flush());
        return text.toString();
    }

    private interface Write {
        void run() throws IOException;
    }

    private JsonLine write(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return this;
    }
}
