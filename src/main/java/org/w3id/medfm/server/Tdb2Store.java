package org.w3id.medfm.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.medfm.output.BuildOutput;
import org.w3id.medfm.output.DumpFormat;
import org.w3id.medfm.output.Dumps;
import org.w3id.medfm.source.DataException;
import org.w3id.medfm.source.Problem;

/**
 * A TDB2 store holding one build: loaded with Jena's parallel bulk loader from the build's N-Triples dump and its
 * named graphs ({@link Dumps#NAMED_GRAPHS_FILE}), and stamped ({@value #STAMP}) with the build's input hash once
 * the load is complete. A store whose stamp is the build's is opened as it is, with no write at all (so it never
 * grows on restart); one with another stamp, or a half-loaded one with none, is emptied and loaded again. A folder
 * that is neither empty nor a store of ours is never touched.
 */
final class Tdb2Store {
    static final String STAMP = "medfm-build.txt";
    private static final Logger LOG = LoggerFactory.getLogger(Tdb2Store.class);

    private Tdb2Store() {
    }

    /** Whether the store in {@code dir} is stamped with {@code build}'s inputs (so that opening it writes nothing). */
    static boolean holds(Path dir, BuildOutput build) {
        return stamp(dir).filter(build.manifest().inputs()::equals).isPresent();
    }

    /** Opens (loading first when its stamp is not the build's) the store in {@code dir}. */
    static DatasetGraph open(Path dir, BuildOutput build) throws DataException {
        String want = build.manifest().inputs();
        if (!stamp(dir).filter(want::equals).isPresent()) {
            reload(dir, build);
        }
        return connect(dir);
    }

    /** Forgets the store in this process and releases its lock, so that another process (or a reload) may open it. */
    static void close(DatasetGraph dsg) {
        try {
            TDBInternal.expel(dsg);
        } catch (org.apache.jena.dboe.transaction.txn.TransactionException e) {
            // a reader still inside after the HTTP server stopped: nothing more will come from it
            TDBInternal.expel(dsg, true);
        }
    }

    private static void reload(Path dir, BuildOutput build) throws DataException {
        refuseForeign(dir);
        emptyUnderLock(dir);
        Path nt = build.dump(DumpFormat.NTRIPLES);
        Path named = build.file(Dumps.NAMED_GRAPHS_FILE);
        LOG.info("Loading the TDB2 store {} from {} and {}", dir, nt, named);
        DatasetGraph dsg = connect(dir);
        try {
            DataLoader loader = LoaderFactory.parallelLoader(dsg, (format, args) -> LOG.debug(String.format(format, args)));
            loader.startBulk();
            try {
                loader.load(nt.toString(), named.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            writeStamp(dir, build.manifest().inputs());
        } finally {
            close(dsg);
        }
    }

    private static DatasetGraph connect(Path dir) throws DataException {
        try {
            Files.createDirectories(dir);
            return DatabaseMgr.connectDatasetGraph(dir.toString());
        } catch (IOException e) {
            throw problem(dir, "cannot create the folder: " + e.getMessage());
        } catch (RuntimeException e) {
            if (lockedElsewhere(dir)) {
                throw inUse(dir);
            }
            throw e;
        }
    }

    /**
     * Deletes the store's files while holding its lock, so that no other process has it open meanwhile; the lock
     * is released just before the store is opened again by this process.
     */
    private static void emptyUnderLock(Path dir) throws DataException {
        ProcessFileLock lock = lock(dir);
        if (!lock.isLockedHere() && !lock.tryLock()) {
            throw inUse(dir);
        }
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.toList()) {
                if (!p.getFileName().toString().equals(Names.TDB_LOCK_FILE)) {
                    deleteTree(p);
                }
            }
        } catch (IOException e) {
            throw problem(dir, "cannot empty the store to load it again: " + e.getMessage());
        } finally {
            lock.unlock();
            ProcessFileLock.release(lock);
        }
    }

    /** A folder holding files that are not a TDB2 store's is someone else's: refuse rather than delete. */
    private static void refuseForeign(Path dir) throws DataException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            Optional<String> foreign = entries.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(Names.TDB_LOCK_FILE) && !n.equals(STAMP) && !n.matches("Data-\\d+")
                            && !n.startsWith("." + STAMP)).findFirst();
            if (foreign.isPresent()) {
                throw problem(dir, "not a TDB2 store of MedFM-KG (it holds '" + foreign.get()
                        + "'); give a new or empty folder, or a store this command made");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The store's lock (Jena's, the one TDB2 takes), its file created when missing. */
    private static ProcessFileLock lock(Path dir) throws DataException {
        Path file = dir.resolve(Names.TDB_LOCK_FILE);
        try {
            Files.createDirectories(dir);
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // made by another process meanwhile: the lock decides
        } catch (IOException e) {
            throw problem(dir, "cannot create the store's folder: " + e.getMessage());
        }
        return ProcessFileLock.create(file.toString());
    }

    private static boolean lockedElsewhere(Path dir) throws DataException {
        ProcessFileLock lock = lock(dir);
        if (lock.isLockedHere()) {
            return false;
        }
        if (lock.tryLock()) {
            lock.unlock();
            return false;
        }
        return true;
    }

    private static DataException inUse(Path dir) {
        String pid = "";
        try {
            pid = Files.readString(dir.resolve(Names.TDB_LOCK_FILE), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            pid = "";
        }
        return problem(dir, "the TDB2 store is in use by another process" + (pid.isEmpty() ? "" : " (PID " + pid + ")")
                + "; stop it, or give another folder");
    }

    private static DataException problem(Path dir, String message) {
        return new DataException(new Problem(dir.toString(), 0, "--tdb2", message));
    }

    static Optional<String> stamp(Path dir) {
        Path f = dir.resolve(STAMP);
        try {
            return Files.isRegularFile(f) ? Optional.of(Files.readString(f, StandardCharsets.UTF_8).strip())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void writeStamp(Path dir, String inputs) {
        try {
            Path temp = Files.createTempFile(dir, "." + STAMP, ".tmp");
            Files.writeString(temp, inputs + "\n", StandardCharsets.UTF_8);
            Files.move(temp, dir.resolve(STAMP), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
