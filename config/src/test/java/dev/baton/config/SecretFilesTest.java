package dev.baton.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secret files open to group or others are named at start, each with the chmod that fixes it. */
class SecretFilesTest {
    @TempDir
    Path tmp;

    private Path file(String name, String mode) throws Exception {
        Path f = Files.writeString(tmp.resolve(name), "secret\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));
        return f;
    }

    @Test
    void owner_only_files_pass_and_others_are_named_with_the_fix() throws Exception {
        Path ok = file("web.token", "rw-------");
        Path world = file("daemon.token", "rw-r--r--");
        Path group = file("hub.key", "rw-r-----");
        assertEquals(Optional.empty(), SecretFiles.warning(ok));
        assertEquals(Optional.of("secret file " + world + " is readable or writable by group and others (mode rw-r--r--);"
                + " run: chmod 600 " + world), SecretFiles.warning(world));
        assertTrue(SecretFiles.warning(group).orElseThrow().contains("by its group"));
        assertEquals("secret file " + world + " is readable or writable by group and others (mode rw-r--r--); run: chmod 600 "
                + world, new SecretRef("file:" + world).permissionWarning());
        assertEquals("", new SecretRef("env:X").permissionWarning());
    }

    @Test
    void a_runtime_root_scan_checks_the_folder_and_its_secret_files_only() throws Exception {
        file("web.token", "rw-r--r--");
        file("hub.key", "rw-------");
        file("config.toml", "rw-r--r--"); // references only, not a secret
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> warnings = SecretFiles.scan(tmp);
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("runtime root " + tmp) && warnings.get(0).endsWith("run: chmod 700 " + tmp));
        assertTrue(warnings.get(1).contains("web.token"));
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwx------"));
    }
}
