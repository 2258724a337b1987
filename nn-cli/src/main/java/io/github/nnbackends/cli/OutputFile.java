package io.github.nnbackends.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A file a command writes beside stdout ({@code --plot}, {@code --loss-csv}, {@code --csv}): checked before any
 * work starts, so that a name that cannot be written is one line and exit 2, not a lost run; and written whole or
 * not at all: into a hidden file beside it, renamed over it only when complete, with the permissions the file has
 * (or a new file would get). A run that fails, or is stopped, leaves the old file as it was. Only a regular file
 * is written: a device, a pipe or nn's own stdout and stderr are refused.
 */
final class OutputFile {

    private final String option;
    private final Path path;
    /** What a new file gets here: the probe's, made as the user's umask says. Null where not POSIX. */
    private final Set<PosixFilePermission> newFilePermissions;

    private OutputFile(String option, Path path, Set<PosixFilePermission> newFilePermissions) {
        this.option = option;
        this.path = path;
        this.newFilePermissions = newFilePermissions;
    }

    /**
     * {@code name}, given to {@code option}, checked: a regular file that can be written, whose name ends in one of
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
        String lower = name.toLowerCase(Locale.ROOT);
        if (!extensions.isEmpty() && extensions.stream().noneMatch(extension -> lower.endsWith("." + extension))) {
            throw new BadInput(option + ": '" + name + "' must end in ." + String.join(" or .", extensions)
                    + ", the formats it is written in");
        }
        Path path = resolved(option, name);
        if (Files.isDirectory(path)) {
            throw new BadInput(option + ": '" + name + "' is a directory; give a file name");
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw new BadInput(option + ": '" + name + "' is not a regular file (a device, a pipe); give a file name");
        }
        for (int fd = 1; fd <= 2; fd++) {
            if (sameFile(path, Path.of("/proc/self/fd/" + fd))) {
                throw new BadInput(option + ": '" + name + "' is nn's " + (fd == 1 ? "stdout" : "stderr")
                        + ", which " + (fd == 1 ? "carries the step lines or the table" : "carries its messages")
                        + "; give another file");
            }
        }
        if (Files.exists(path) && !Files.isWritable(path)) {
            throw new BadInput(option + ": cannot write '" + name + "': the file is read-only");
        }
        return new OutputFile(option, path, probe(option, name, path));
    }

    /** {@link #of}, or null when {@code name} is: the option was not given. */
    static OutputFile ofNullable(String option, String name, List<String> extensions) {
        return name == null ? null : of(option, name, extensions);
    }

    /**
     * Where {@code name} leads, as a shell's {@code >} would write: its folder with every link and {@code ..}
     * resolved, and the file itself followed if it is a link (to a file that need not exist yet).
     */
    private static Path resolved(String option, String name) {
        try {
            Path path = Path.of(name).toAbsolutePath();
            for (int links = 0; Files.isSymbolicLink(path); links++) {
                if (links == 40) {
                    throw new BadInput(option + ": '" + name + "': too many links");
                }
                path = path.resolveSibling(Files.readSymbolicLink(path)).toAbsolutePath();
            }
            Path folder = path.getParent();
            if (folder == null) {
                throw new BadInput(option + ": '" + name + "' is a directory; give a file name"); // the root: "/"
            }
            if (!Files.isDirectory(folder)) {
                throw new BadInput(option + ": cannot write '" + name + "': no folder " + folder + "; create it "
                        + "first");
            }
            return folder.toRealPath().resolve(path.getFileName());
        } catch (InvalidPathException | IOException e) {
            throw new BadInput(option + ": '" + name + "' is not a usable file name: " + why(e));
        }
    }

    /**
     * Makes the file (if it is not there) and a temporary one beside it, then deletes what it made: the name is
     * one the file system takes and the folder can be written. Returns the permissions a new file gets.
     */
    private static Set<PosixFilePermission> probe(String option, String name, Path path) {
        Set<PosixFilePermission> permissions = null;
        try {
            Files.createFile(path);
            try {
                permissions = Files.getPosixFilePermissions(path);
            } catch (UnsupportedOperationException notPosix) {
                // the file system's default, then
            } finally {
                Files.delete(path);
            }
        } catch (FileAlreadyExistsException there) {
            // a file that exists has a name the file system takes
        } catch (IOException e) {
            throw new BadInput(option + ": cannot write '" + name + "': " + why(e));
        }
        try {
            Files.delete(Files.createTempFile(path.getParent(), ".nn-", ".part"));
        } catch (IOException e) {
            throw new BadInput(option + ": cannot write in " + path.getParent() + ": " + why(e));
        }
        return permissions;
    }

    private static boolean sameFile(Path path, Path other) {
        try {
            return Files.exists(path) && Files.exists(other) && Files.isSameFile(path, other);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** The file, as it will be written: its folder's real path and its name. */
    Path path() {
        return path;
    }

    /**
     * Refuses two options that name one file (through links too): the second rename would lose the first's file.
     *
     * @throws BadInput if {@code a} and {@code b}, both given, are one file
     */
    static void requireDistinct(OutputFile a, OutputFile b) {
        if (a != null && b != null && a.isFile(b.path())) {
            throw new BadInput(a.option + " and " + b.option + " name the same file; give two");
        }
    }

    /** Whether this is the file {@code other} names (by identity, through links), if that exists. */
    boolean isFile(Path other) {
        return path.equals(other.toAbsolutePath()) || sameFile(path, other);
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
     * Writes each file's content into a temporary file beside it; only when all are complete, renames each over
     * its file. So a run leaves all its files or none.
     *
     * @throws CannotWrite if a file cannot be written; no temporary file is left behind
     */
    static void writeAll(Map<OutputFile, Content> files) {
        List<Path> temporaries = new ArrayList<>();
        try {
            List<OutputFile> written = new ArrayList<>();
            for (Map.Entry<OutputFile, Content> file : files.entrySet()) {
                temporaries.add(file.getKey().writeTemporary(file.getValue()));
                written.add(file.getKey());
            }
            for (int i = 0; i < written.size(); i++) {
                try {
                    Files.move(temporaries.get(i), written.get(i).path, StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new CannotWrite(written.get(i).option + ": cannot write " + written.get(i).path + ": "
                            + why(e), e);
                }
            }
        } finally {
            for (Path temporary : temporaries) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // deleteOnExit tries again
                }
            }
        }
    }

    /** {@code content} in a new temporary file beside this one, with this file's permissions. */
    private Path writeTemporary(Content content) {
        Path temporary = null;
        try {
            // A short name of its own: the file's name with more around it could exceed what the file system allows.
            temporary = Files.createTempFile(path.getParent(), ".nn-", ".part");
            temporary.toFile().deleteOnExit(); // a run stopped by a signal leaves no temporary file either
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            keepPermissions(temporary);
            return temporary;
        } catch (IOException e) {
            delete(temporary);
            throw new CannotWrite(option + ": cannot write " + path + ": " + why(e), e);
        } catch (RuntimeException e) {
            delete(temporary); // a chart that failed to draw: its own failure, not the file's
            throw e;
        }
    }

    /** Gives {@code temporary} the permissions of the file it replaces, or those a new file would get. */
    private void keepPermissions(Path temporary) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                    ? Files.getPosixFilePermissions(path) : newFilePermissions;
            if (permissions != null) {
                Files.setPosixFilePermissions(temporary, permissions);
            }
        } catch (UnsupportedOperationException notPosix) {
            // the file system's default, then
        }
    }

    private static void delete(Path temporary) {
        try {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException ignored) {
            // deleteOnExit tries again
        }
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
