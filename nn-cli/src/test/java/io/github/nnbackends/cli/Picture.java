package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nnbackends.cli.chart.Charts;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** A chart nn wrote, read back: a PNG's pixels, an SVG's text. */
record Picture(BufferedImage image) {

    /** The PNG at {@code file}, read back by the JDK's own reader: it must be a valid PNG of nn's size. */
    static Picture png(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).as("PNG signature").startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as("readable as an image").isNotNull();
        assertThat(image.getWidth()).isEqualTo(Charts.WIDTH);
        assertThat(image.getHeight()).isEqualTo(Charts.HEIGHT);
        return new Picture(image);
    }

    /** The share of pixels that are not the white background. */
    double inked() {
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                inked += (image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 0 : 1;
            }
        }
        return (double) inked / ((long) image.getWidth() * image.getHeight());
    }

    /** How many pixels have exactly {@code color}: a series drawn in it leaves many. */
    long pixelsOf(Color color) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += (image.getRGB(x, y) & 0xFFFFFF) == (color.getRGB() & 0xFFFFFF) ? 1 : 0;
            }
        }
        return count;
    }

    /** The text of the SVG at {@code file}: its title, axis labels and legend are in it as text. */
    static String svgText(Path file) throws IOException {
        String svg = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(svg.strip()).contains("<svg").endsWith("</svg>");
        return svg;
    }
}
