package org.w3id.medfm.server;

import java.util.function.Supplier;

/** A value made once, on first use, by one thread; later callers get the same value. */
final class Memo<T> implements Supplier<T> {
    private final Supplier<T> make;
    private volatile T value;

    Memo(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = make.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
