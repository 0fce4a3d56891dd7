package org.w3id.medfm.server.policy;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * A response whose body may hold at most so many bytes: the write that would pass the limit fails, and the query
 * operation then aborts the connection, so the client sees an incomplete answer rather than a short whole one.
 */
final class CappedResponse extends HttpServletResponseWrapper {
    private final long max;
    private ServletOutputStream out;

    CappedResponse(HttpServletResponse res, long max) {
        super(res);
        this.max = max;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (out == null) {
            out = new Counting(super.getOutputStream(), max);
        }
        return out;
    }

    /** Counts what passes and refuses what would pass the limit. */
    private static final class Counting extends ServletOutputStream {
        private final ServletOutputStream inner;
        private final long max;
        private long written;

        Counting(ServletOutputStream inner, long max) {
            this.inner = inner;
            this.max = max;
        }

        private void take(long n) throws IOException {
            if (written + n > max) {
                throw new IOException("the answer is larger than " + max + " bytes");
            }
            written += n;
        }

        @Override
        public void write(int b) throws IOException {
            take(1);
            inner.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            take(len);
            inner.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            inner.flush();
        }

        @Override
        public void close() throws IOException {
            inner.close();
        }

        @Override
        public boolean isReady() {
            return inner.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            inner.setWriteListener(listener);
        }
    }
}
