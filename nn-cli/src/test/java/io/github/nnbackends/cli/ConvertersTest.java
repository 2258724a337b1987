package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.nnbackends.train.Preset;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Each converter picocli calls gives what its reader gives, which the plain run calls without picocli, and refuses
 * what it refuses with the reader's words, as picocli's TypeConversionException.
 */
class ConvertersTest {

    static List<Arguments> converters() {
        return List.of(
                Arguments.of(new Converters.PositiveInt(), (Function<String, Object>) Converters::positiveInt,
                        List.of("1", " 2000 ", "2147483647"), List.of("0", "-3", "ten", "2147483648", "", "1.5")),
                Arguments.of(new Converters.Count(), (Function<String, Object>) Converters::count,
                        List.of("0", "3"), List.of("-1", "three")),
                Arguments.of(new Converters.Seed(), (Function<String, Object>) Converters::seed,
                        List.of("0", "42", "4294967295"), List.of("-1", "4294967296", "0x10")),
                Arguments.of(new Converters.LearningRate(), (Function<String, Object>) Converters::learningRate,
                        List.of("1e-4", "0.001", "2"), List.of("0", "-1e-4", "NaN", "Infinity", "1e999", "1f", "0x1p3")),
                Arguments.of(new Converters.PresetName(), (Function<String, Object>) Converters::presetName,
                        List.of("tutorial", " LARGE "), List.of("huge", "")),
                Arguments.of(new Converters.Tolerance(), (Function<String, Object>) Converters::tolerance,
                        List.of("0", "1e-9"), List.of("-1e-9", "nan", "1e", "1-2", "")));
    }

    @ParameterizedTest
    @MethodSource("converters")
    void aConverterGivesWhatItsReaderGivesAndRefusesWithItsWords(ITypeConverter<?> converter,
            Function<String, Object> reader, List<String> taken, List<String> refused) throws Exception {
        for (String value : taken) {
            assertThat((Object) converter.convert(value)).as(value).isEqualTo(reader.apply(value)).isNotNull();
        }
        for (String value : refused) {
            Throwable byReader = catchThrowable(() -> reader.apply(value));
            assertThat(byReader).as(value).isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("'" + value + "' is not a");
            assertThat(catchThrowable(() -> converter.convert(value))).as(value)
                    .isExactlyInstanceOf(TypeConversionException.class).hasMessage(byReader.getMessage());
        }
    }

    /** Every converter picocli may call: the nested converters of Converters. */
    static List<Class<?>> converterClasses() {
        return Arrays.stream(Converters.class.getDeclaredClasses())
                .filter(type -> ITypeConverter.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers()))
                .toList();
    }

    @Test
    void thereAreSixConverters() {
        assertThat(converterClasses()).extracting(Class::getSimpleName).containsExactlyInAnyOrder("PositiveInt",
                "Count", "Seed", "LearningRate", "PresetName", "Tolerance");
    }

    /** The pairing PlainOptionsSource relies on: a converter reads as the reader named as it is. */
    @ParameterizedTest
    @MethodSource("converterClasses")
    void everyConverterReadsAsTheReaderNamedAsItIs(Class<?> type) throws Exception {
        ITypeConverter<?> converter = (ITypeConverter<?>) type.getDeclaredConstructor().newInstance();
        String name = type.getSimpleName();
        Method reader = Converters.class.getDeclaredMethod(Character.toLowerCase(name.charAt(0)) + name.substring(1),
                String.class);
        for (String value : List.of("0", "1", "-1", "7", "2147483648", "4294967295", "1e-4", "0.5", "tutorial",
                "large", "x", "", "NaN")) {
            Object read;
            try {
                read = reader.invoke(null, value);
            } catch (InvocationTargetException e) {
                assertThat(catchThrowable(() -> converter.convert(value))).as(value)
                        .isExactlyInstanceOf(TypeConversionException.class).hasMessage(e.getCause().getMessage());
                continue;
            }
            assertThat((Object) converter.convert(value)).as(value).isEqualTo(read);
        }
    }

    @Test
    void readersGiveTheValuesThemselves() {
        assertThat(Converters.positiveInt(" 7 ")).isEqualTo(7);
        assertThat(Converters.seed("4294967295")).isEqualTo(4_294_967_295L);
        assertThat(Converters.learningRate("1e-4")).isEqualTo(1e-4);
        assertThat(Converters.presetName("Large")).isEqualTo(Preset.LARGE);
        assertThatIllegalArgumentException().isThrownBy(() -> Converters.presetName("huge"))
                .withMessage("'huge' is not a size nn knows: 'tutorial' or 'large'");
    }
}
