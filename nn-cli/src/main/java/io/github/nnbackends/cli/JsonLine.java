package io.github.nnbackends.cli;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

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
