/*
 * Copyright 2026 The Kopru Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.kopru.camel.support.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kopru.camel.support.json.ProviderJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Keeps each token in a JSON file of its own in a directory, readable by the owner only where the file system has
 * POSIX permissions. Writes go to a temporary file first and are moved into place, so a crash never leaves half a
 * token behind. For one JVM (or several that do not write the same key at the same time); use the
 * {@link JdbcTokenStore} for a cluster.
 */
public final class FileTokenStore implements TokenStore {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path directory;
    private final ObjectMapper mapper = ProviderJson.mapper();

    public FileTokenStore(Path directory) {
        this.directory = directory;
    }

    @Override
    public synchronized Optional<AccessToken> load(String key) {
        try {
            byte[] json = Files.readAllBytes(fileOf(key));
            return Optional.of(mapper.readValue(json, AccessToken.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token file of " + key, e);
        }
    }

    @Override
    public synchronized void save(String key, AccessToken token) {
        try {
            Files.createDirectories(directory);
            Path tmp = Files.createTempFile(directory, ".token", ".tmp");
            if (POSIX) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.write(tmp, mapper.writeValueAsString(token).getBytes(StandardCharsets.UTF_8));
            try {
                Files.move(tmp, fileOf(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, fileOf(key), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the token file of " + key, e);
        }
    }

    @Override
    public synchronized void remove(String key) {
        try {
            Files.deleteIfExists(fileOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the token file of " + key, e);
        }
    }

    public Path getDirectory() {
        return directory;
    }

    /** Keys can hold characters a file name cannot; the file is named by a digest of the key. */
    private Path fileOf(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return directory.resolve(HexFormat.of().formatHex(d, 0, 16) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "FileTokenStore[" + directory + "]";
    }
}
