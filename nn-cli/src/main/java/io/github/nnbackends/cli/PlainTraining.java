package io.github.nnbackends.cli;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The plain training run, {@code nn [train] [--option value]...}, parsed without building picocli's model, which
 * is most of such a run's start-up (about 90 of 300 ms, cold). The options have one definition still: this reads
 * {@code nn train}'s {@link Option} fields (names, converters) and {@link OptionDefaults} as picocli does, and takes
 * only what picocli parses the same way: each option of {@code nn train} by its exact long name, once, as
 * {@code --name value} or {@code --name=value}, with a value that is not empty and does not start with '-', and
 * that its converter takes. Anything else (help, another command, the backend path, a value to refuse) is left to
 * picocli, which parses the whole line and says what is wrong. PlainTrainingTest checks that both agree.
 */
final class PlainTraining {

    /**
     * An option of {@code nn train}: the object whose field it sets, the field, its annotation. A class, not a
     * record: a record's first hashCode spins method handles, milliseconds of start-up.
     */
    private static final class Bound {
        final Object holder;
        final Field field;
        final Option option;

        Bound(Object holder, Field field, Option option) {
            this.holder = holder;
            this.field = field;
            this.option = option;
        }
    }

    private PlainTraining() {
    }

    /** {@code nn train} with the options of {@code args} set, as picocli would set them; empty if left to picocli. */
    static Optional<TrainCommand> parse(String[] args) {
        String path = System.getenv(BackendPath.VARIABLE);
        if (path != null && !path.isEmpty()) {
            return Optional.empty();
        }
        TrainCommand command = new TrainCommand();
        Map<String, Bound> options = new HashMap<>();
        List<Bound> bounds = new ArrayList<>();
        try {
            bind(command, options, bounds);
        } catch (ReflectiveOperationException e) {
            return Optional.empty();
        }
        Set<String> given = new HashSet<>();
        for (int i = args.length > 0 && args[0].equals(NnCommand.DEFAULT_COMMAND) ? 1 : 0; i < args.length; i++) {
            String name = args[i];
            String value = null;
            int equals = name.indexOf('=');
            if (name.startsWith("--") && equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            Bound bound = options.get(name);
            if (bound == null || !given.add(longestName(bound.option))) {
                return Optional.empty();
            }
            if (bound.field.getType() == boolean.class) {
                if (value != null || !set(bound, true)) {
                    return Optional.empty();
                }
                continue;
            }
            if (value == null && i + 1 < args.length) {
                value = args[++i];
            }
            if (value == null || value.isEmpty() || value.startsWith("-") || !convertAndSet(bound, value)) {
                return Optional.empty();
            }
        }
        for (Bound bound : bounds) {
            String name = longestName(bound.option);
            String fallback = OptionDefaults.of(name);
            if (!given.contains(name) && fallback != null && !convertAndSet(bound, fallback)) {
                return Optional.empty();
            }
        }
        command.training.parsedAlone(given);
        try {
            command.training.sizes();
        } catch (RuntimeException e) {
            return Optional.empty(); // sizes too large together: picocli's message
        }
        return Optional.of(command);
    }

    /** Every option of {@code holder}'s class and its superclasses, and of its mixins, which are made here. */
    private static void bind(Object holder, Map<String, Bound> options, List<Bound> bounds)
            throws ReflectiveOperationException {
        for (Class<?> type = holder.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                Option option = field.getAnnotation(Option.class);
                if (option != null) {
                    field.setAccessible(true);
                    Bound bound = new Bound(holder, field, option);
                    bounds.add(bound);
                    for (String name : option.names()) {
                        options.put(name, bound);
                    }
                } else if (field.isAnnotationPresent(Mixin.class)) {
                    field.setAccessible(true);
                    var constructor = field.getType().getDeclaredConstructor();
                    constructor.setAccessible(true);
                    Object mixin = constructor.newInstance();
                    field.set(holder, mixin);
                    bind(mixin, options, bounds);
                }
            }
        }
    }

    /** {@code value} through the option's converter, or as it is for a String; false if it is refused. */
    private static boolean convertAndSet(Bound bound, String value) {
        Class<?>[] converters = bound.option.converter();
        if (converters.length == 0) {
            return bound.field.getType() == String.class && set(bound, value);
        }
        try {
            var constructor = converters[0].getDeclaredConstructor();
            constructor.setAccessible(true);
            return set(bound, ((ITypeConverter<?>) constructor.newInstance()).convert(value));
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean set(Bound bound, Object value) {
        try {
            bound.field.set(bound.holder, value);
            return true;
        } catch (IllegalAccessException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String longestName(Option option) {
        String longest = "";
        for (String name : option.names()) {
            longest = name.length() > longest.length() ? name : longest;
        }
        return longest;
    }
}
