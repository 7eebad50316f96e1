package dev.baton.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A secret given by reference: {@code env:NAME} (an environment variable) or {@code file:/path} (a file readable
 * only by its owner). {@link #toString()} never shows the value.
 */
public record SecretRef(String ref) {
    public SecretRef {
        if (ref == null || ref.isBlank()) {
            throw new IllegalArgumentException("empty secret reference");
        }
    }

    /** The secret's value; throws {@link IllegalStateException} with a clear message when it cannot be read. */
    public String resolve(Map<String, String> env) {
        if (ref.startsWith("env:")) {
            String name = ref.substring(4);
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("the environment variable " + name + " is not set");
            }
            return value.strip();
        }
        if (ref.startsWith("file:")) {
            Path file = Path.of(ref.substring(5));
            try {
                return Files.readString(file).strip();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the secret file " + file + ": " + e.getMessage());
            }
        }
        return ref;
    }

    /** The environment variable an {@code env:NAME} reference names; empty for {@code file:} and inline values. */
    public java.util.Optional<String> envName() {
        return ref.startsWith("env:") ? java.util.Optional.of(ref.substring(4)) : java.util.Optional.empty();
    }

    /** A warning when a {@code file:} secret is readable by group or others ({@link SecretFiles}), else empty. */
    public String permissionWarning() {
        return ref.startsWith("file:") ? SecretFiles.warning(Path.of(ref.substring(5))).orElse("") : "";
    }

    @Override
    public String toString() {
        return ref.startsWith("env:") || ref.startsWith("file:") ? ref : "(inline secret)";
    }
}
