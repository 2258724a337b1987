package io.github.nnbackends.cli;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Writes the source of {@code PlainOptions}, the {@link PlainTraining.Options} of {@code nn train}, from the
 * picocli annotations of its fields: the build runs {@link #main} on the compiled classes, then compiles what it
 * wrote. The plain training run then sets its options by plain field writes: reading the annotations at run time
 * (annotation proxies, picocli's annotation types, reflective field writes), which no class-data archive keeps,
 * was about a fifth of its start-up. The annotations stay the options' one definition.
 */
final class PlainOptionsSource {

    /** The generated class's simple name, in this package. */
    static final String CLASS = "PlainOptions";

    private PlainOptionsSource() {
    }

    /**
     * An option of the command: its names, the fields from the command to it, its converter (null if none) and the
     * reader the converter calls, as code ({@code Converters.positiveInt}; null if none).
     */
    record Bound(List<String> names, String path, Class<?> type, Class<?> converter, String reader) {

        /** The name picocli keys an option by: its longest. */
        String option() {
            String longest = "";
            for (String name : names) {
                longest = name.length() > longest.length() ? name : longest;
            }
            return longest;
        }
    }

    /** Writes {@code PlainOptions.java} for {@code nn train} into the source folder {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0], PlainOptionsSource.class.getPackageName().replace('.', '/'), CLASS + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source(options(TrainCommand.class)), StandardCharsets.UTF_8);
    }

    /** The options of {@code command}'s class, its superclasses and its mixins, as their annotations say. */
    static List<Bound> options(Class<?> command) {
        List<Bound> options = new ArrayList<>();
        collect(command, "command", options);
        return options;
    }

    private static void collect(Class<?> holder, String path, List<Bound> options) {
        for (Class<?> type = holder; type != Object.class; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Option.class)) {
                    throw new IllegalStateException(path + "." + method.getName() + "(): an option of train on a "
                            + "method, which the plain run does not set; put it on a field");
                }
            }
            for (Field field : type.getDeclaredFields()) {
                Option option = field.getAnnotation(Option.class);
                String to = path + "." + field.getName();
                if (option != null) {
                    Class<?> converter = option.converter().length == 0 ? null : option.converter()[0];
                    if (converter == null && field.getType() != String.class && field.getType() != boolean.class) {
                        throw new IllegalStateException(to + ": an option of train that is neither text nor a flag "
                                + "needs a converter, which the plain run uses as picocli does");
                    }
                    requireParsedAlike(to, option);
                    options.add(new Bound(List.of(option.names()), to, field.getType(), converter,
                            converter == null ? null : reader(to, converter, field.getType())));
                } else if (field.isAnnotationPresent(Mixin.class)) {
                    collect(field.getType(), to, options);
                }
            }
        }
    }

    /**
     * The reader {@code converter} calls, as code: the static method of the class around it named as the converter
     * is, with a lower-case first letter ({@code Converters.PositiveInt}: {@code Converters.positiveInt}). The plain
     * run calls the reader, which names no picocli type, so that it loads none of picocli's classes.
     */
    private static String reader(String field, Class<?> converter, Class<?> type) {
        String simpleName = converter.getSimpleName();
        String name = Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1);
        Class<?> holder = converter.getEnclosingClass();
        try {
            Method reader = holder == null ? null : holder.getDeclaredMethod(name, String.class);
            if (reader != null && Modifier.isStatic(reader.getModifiers()) && !Modifier.isPrivate(reader.getModifiers())
                    && type.isAssignableFrom(reader.getReturnType())) {
                return holder.getCanonicalName() + "." + name;
            }
        } catch (NoSuchMethodException e) {
            // refused below
        }
        throw new IllegalStateException(field + ": its converter " + converter.getName() + " needs a reader beside it, "
                + "static " + type.getSimpleName() + " " + name + "(String), which the plain run calls instead");
    }

    /**
     * Refuses what the plain run does not parse as picocli does: a default in the annotation (nn's are in
     * {@link OptionDefaults}), an arity, a split, a fallback value, a negatable flag, a required option.
     */
    private static void requireParsedAlike(String field, Option option) {
        Option plain = PlainAnnotation.OPTION;
        if (!option.defaultValue().equals(plain.defaultValue()) || !option.arity().equals(plain.arity())
                || !option.split().equals(plain.split()) || !option.fallbackValue().equals(plain.fallbackValue())
                || option.negatable() || option.required()) {
            throw new IllegalStateException(field + ": an option of train with a default value, arity, split, "
                    + "fallback value, negation or requirement, which the plain run does not parse as picocli does; "
                    + "give defaults in OptionDefaults, or leave such an option to picocli alone");
        }
    }

    /** An option with no attribute but its name: what picocli's defaults for each attribute are. */
    private static final class PlainAnnotation {
        @Option(names = "--plain")
        private String plain;

        static final Option OPTION;

        static {
            try {
                OPTION = PlainAnnotation.class.getDeclaredField("plain").getAnnotation(Option.class);
            } catch (NoSuchFieldException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** The source of {@code PlainOptions} for {@code options}. */
    static String source(List<Bound> options) {
        StringBuilder names = new StringBuilder();
        StringBuilder option = new StringBuilder();
        StringBuilder flags = new StringBuilder();
        StringBuilder set = new StringBuilder();
        for (Bound bound : options) {
            String key = quoted(bound.option());
            names.append(names.length() == 0 ? "" : ",\n                ").append(key);
            for (String name : bound.names()) {
                option.append("            case ").append(quoted(name)).append(":\n");
            }
            option.append("                return ").append(key).append(";\n");
            if (bound.type() == boolean.class) {
                flags.append(flags.length() == 0 ? "" : " || ").append("option.equals(").append(key).append(')');
            }
            String value = bound.type() == boolean.class ? "true"
                    : bound.converter() == null ? "value"
                    : bound.reader() + "(value)";
            set.append("            case ").append(key).append(":\n                ").append(bound.path())
                    .append(" = ").append(value).append(";\n                return;\n");
        }
        return "package " + PlainOptionsSource.class.getPackageName() + ";\n\n"
                + "import java.util.List;\n\n"
                + "/** nn train's options for the plain run: written by PlainOptionsSource from their annotations. */\n"
                + "final class " + CLASS + " implements PlainTraining.Options {\n\n"
                + "    @Override\n    public List<String> options() {\n        return List.of(" + names + ");\n    }\n\n"
                + "    @Override\n    public String option(String name) {\n        switch (name) {\n" + option
                + "            default:\n                return null;\n        }\n    }\n\n"
                + "    @Override\n    public boolean isFlag(String option) {\n        return " + (flags.length() == 0 ? "false" : flags) + ";\n    }\n\n"
                + "    @Override\n    public void set(TrainCommand command, String option, String value) throws Exception {\n"
                + "        switch (option) {\n" + set
                + "            default:\n                throw new IllegalArgumentException(option);\n        }\n    }\n}\n";
    }

    private static String quoted(String text) {
        return '"' + text + '"';
    }
}
