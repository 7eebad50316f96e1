package dev.baton.adapters.web;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Opens the chat database: created owner-only (0600) before sqlite touches it, its schema migrated by Flyway
 * ({@link ChatMigrations}, {@code db/webchat/sqlite}), WAL journal. A top-level message's {@code thread} is its own id.
 */
final class SqliteChatSchema {
    private SqliteChatSchema() {}

    static Connection open(Path file) {
        try {
            createPrivately(file);
            org.sqlite.SQLiteDataSource migrations = new org.sqlite.SQLiteDataSource();
            migrations.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
            ChatMigrations.migrate(migrations, "sqlite");
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("PRAGMA foreign_keys=ON");
            } catch (SQLException e) {
                db.close();
                throw e;
            }
            return db;
        } catch (SQLException | IOException e) {
            throw new WebChatException("cannot open the web chat store " + file, e);
        }
    }

    /** Creates the file with owner-only permissions; sqlite gives its -wal and -shm files the same mode. */
    private static void createPrivately(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException exists) {
            // reopening: keep the file as it is
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
    }
}
