package org.gridgov.intake.persistence;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.gridgov.intake.domain.BlobStore;
import org.gridgov.intake.domain.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Blobs on the local filesystem under {@code <dir>/ab/cd/<sha256>}. Written to a temporary file
 * and moved into place, so a reader never sees half a photo; the same bytes twice are one file.
 */
@Context // created at start, so that the log says where photos go and a bad directory stops the start
public class FileSystemBlobStore implements BlobStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileSystemBlobStore.class);

    private final Path root;

    /** The directory is {@code gridgov.blob.dir} (environment {@code GRIDGOV_BLOB_DIR}), set in application.yml only. */
    public FileSystemBlobStore(@Value("${gridgov.blob.dir}") String dir) {
        this.root = Path.of(dir).toAbsolutePath().normalize();
    }

    /** Fails the start when photos could not be written, rather than the first upload. */
    @PostConstruct
    void announce() {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the photo directory " + root + " (gridgov.blob.dir)", e);
        }
        if (!Files.isWritable(root)) {
            throw new IllegalStateException("the photo directory " + root + " (gridgov.blob.dir) is not writable");
        }
        LOG.info("Photos are stored under {} (gridgov.blob.dir / GRIDGOV_BLOB_DIR)", root);
    }

    @Override
    public String put(byte[] bytes) {
        String sha = Sha256.hex(bytes);
        Path target = pathOf(sha);
        if (Files.exists(target)) {
            return sha;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), sha, ".part");
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return sha;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store blob " + sha, e);
        }
    }

    @Override
    public Optional<byte[]> get(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        Path path = pathOf(sha256);
        try {
            return Files.exists(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read blob " + sha256, e);
        }
    }

    @Override
    public boolean has(String sha256) {
        return sha256 != null && sha256.matches("[0-9a-f]{64}") && Files.exists(pathOf(sha256));
    }

    private Path pathOf(String sha) {
        return root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
    }
}
