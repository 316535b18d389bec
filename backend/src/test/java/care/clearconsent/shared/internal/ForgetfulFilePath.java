package care.clearconsent.shared.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code forgetful:/path}) that behaves like a disk losing power: writes reach the file at once,
 * but {@link #pullThePlug()} undoes every write not yet forced with {@code force()}, as a power cut loses what sat in
 * the operating system's cache, and refuses every write after it.
 */
public final class ForgetfulFilePath extends FilePathWrapper {

    private static final List<ForgetfulChannel> OPEN = new CopyOnWriteArrayList<>();
    private static volatile boolean plugPulled;

    public ForgetfulFilePath() {
        // H2 makes one instance per path by reflection.
    }

    static void register() {
        FilePath.register(new ForgetfulFilePath());
    }

    /** The power cut: every unforced write is undone and the files are closed. */
    static synchronized void pullThePlug() throws IOException {
        plugPulled = true;
        for (ForgetfulChannel channel : OPEN) {
            channel.forgetUnforcedWrites();
        }
        OPEN.clear();
    }

    static void powerOn() {
        plugPulled = false;
    }

    @Override
    public String getScheme() {
        return "forgetful";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        ForgetfulChannel channel = new ForgetfulChannel(getBase().open(mode));
        OPEN.add(channel);
        return channel;
    }

    private static final class ForgetfulChannel extends FileBase {

        private record Undo(long position, byte[] before) {
        }

        private final FileChannel file;
        private final Deque<Undo> undo = new ArrayDeque<>();
        private long forcedSize;
        private long position;

        ForgetfulChannel(FileChannel file) throws IOException {
            this.file = file;
            this.forcedSize = file.size();
        }

        @Override
        public synchronized int write(ByteBuffer source, long at) throws IOException {
            refuseAfterPowerLoss();
            long size = file.size();
            int overwritten = (int) Math.max(0, Math.min(source.remaining(), size - at));
            ByteBuffer before = ByteBuffer.allocate(overwritten);
            while (before.hasRemaining() && file.read(before, at + before.position()) > 0) {
                // read all of it
            }
            undo.push(new Undo(at, before.array()));
            return file.write(source, at);
        }

        @Override
        public synchronized int write(ByteBuffer source) throws IOException {
            int written = write(source, position);
            position += written;
            return written;
        }

        @Override
        public synchronized int read(ByteBuffer target, long at) throws IOException {
            return file.read(target, at);
        }

        @Override
        public synchronized int read(ByteBuffer target) throws IOException {
            int read = file.read(target, position);
            if (read > 0) {
                position += read;
            }
            return read;
        }

        @Override
        public synchronized void force(boolean metaData) throws IOException {
            refuseAfterPowerLoss();
            file.force(metaData);
            undo.clear();
            forcedSize = file.size();
        }

        synchronized void forgetUnforcedWrites() throws IOException {
            while (!undo.isEmpty()) {
                Undo step = undo.pop();
                file.write(ByteBuffer.wrap(step.before()), step.position());
            }
            file.truncate(forcedSize);
            file.force(true);
            file.close();
        }

        @Override
        public synchronized long position() {
            return position;
        }

        @Override
        public synchronized FileChannel position(long newPosition) {
            position = newPosition;
            return this;
        }

        @Override
        public synchronized long size() throws IOException {
            return file.size();
        }

        @Override
        public synchronized FileChannel truncate(long newSize) throws IOException {
            refuseAfterPowerLoss();
            // A truncation is metadata: like a write, it is lost unless forced. Keep the cut bytes to restore them.
            long size = file.size();
            if (newSize < size) {
                ByteBuffer cut = ByteBuffer.allocate((int) (size - newSize));
                file.read(cut, newSize);
                undo.push(new Undo(newSize, cut.array()));
            }
            file.truncate(newSize);
            return this;
        }

        @Override
        public synchronized FileLock tryLock(long at, long size, boolean shared) throws IOException {
            return file.tryLock(at, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            OPEN.remove(this);
            if (file.isOpen()) {
                file.close();
            }
        }

        private static void refuseAfterPowerLoss() throws IOException {
            if (plugPulled) {
                throw new IOException("The power is off");
            }
        }
    }
}
