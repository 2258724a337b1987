package io.github.nnbackends.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A file a command writes beside stdout ({@code --plot}, {@code --loss-csv}, {@code --csv}): checked before any
 * work starts, so that a name that cannot be written is one line and exit 2, not a lost run; and written whole or
 * not at all: into a hidden file beside it, renamed over it only when complete. A run that fails, or is stopped,
 * leaves the old file as it was.
 */
final class OutputFile {

    /** What a new file's permissions are: a rename would keep the temporary file's, which only the owner can read. */
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private final String option;
    private final Path path;

    private OutputFile(String option, Path path) {
        this.option = option;
        this.path = path;
    }

    /**
     * {@code name}, given to {@code option}, checked: a file that can be written, whose name ends in one of
     * {@code extensions} (any, when none are given).
     *
     * @throws BadInput saying what is wrong and what to do
     */
    static OutputFile of(String option, String name, List<String> extensions) {
        if (name.isBlank()) {
            throw new BadInput(option + ": give the name of a file");
        }
        if (name.equals("-")) {
            throw new BadInput(option + ": '-' would be stdout, which carries the step lines or the table; give a "
                    + "file name");
        }
        Path path;
        try {
            path = Path.of(name).toAbsolutePath().normalize();
            // A link is written through, as a shell's > would: the rename replaces the file it leads to.
            path = Files.isSymbolicLink(path) && Files.exists(path) ? path.toRealPath() : path;
        } catch (InvalidPathException | IOException e) {
            throw new BadInput(option + ": '" + name + "' is not a usable file name");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (!extensions.isEmpty() && extensions.stream().noneMatch(extension -> lower.endsWith("." + extension))) {
            throw new BadInput(option + ": '" + name + "' must end in ." + String.join(" or .", extensions)
                    + ", the formats it is written in");
        }
        if (Files.isDirectory(path)) {
            throw new BadInput(option + ": '" + name + "' is a directory; give a file name");
        }
        Path folder = path.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BadInput(option + ": cannot write '" + name + "': no folder " + folder + "; create it first");
        }
        if (Files.exists(path) && !Files.isWritable(path)) {
            throw new BadInput(option + ": cannot write '" + name + "': the file is read-only");
        }
        OutputFile file = new OutputFile(option, path);
        try {
            Files.delete(file.temporary());
        } catch (IOException e) {
            throw new BadInput(option + ": cannot write in " + folder + ": " + why(e));
        }
        return file;
    }

    /** {@link #of}, or null when {@code name} is: the option was not given. */
    static OutputFile ofNullable(String option, String name, List<String> extensions) {
        return name == null ? null : of(option, name, extensions);
    }

    /** The file, as an absolute path. */
    Path path() {
        return path;
    }

    /** The extension of the file's name, in lower case: the format of a picture. */
    String extension() {
        String name = path.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    /** What writes the file's content. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code content} into a temporary file beside this one, then renames it over this one.
     *
     * @throws CannotWrite if it cannot; nothing is left behind
     */
    void write(Content content) {
        Path temporary = null;
        try {
            temporary = temporary();
            temporary.toFile().deleteOnExit(); // a run stopped by a signal leaves no temporary file either
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // deleteOnExit tries again
                }
            }
            throw new CannotWrite(option + ": cannot write " + path + ": " + why(e), e);
        }
    }

    private Path temporary() throws IOException {
        // A short name of its own: the file's name with more around it could exceed what the file system allows.
        Path temporary = Files.createTempFile(path.getParent(), ".nn-", ".part");
        try {
            Files.setPosixFilePermissions(temporary, READABLE);
        } catch (UnsupportedOperationException notPosix) {
            // the file system's default, then
        }
        return temporary;
    }

    private static String why(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The file could not be written after the work was done: a full disk, say. Exit 1, the work is lost. */
    static final class CannotWrite extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CannotWrite(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
