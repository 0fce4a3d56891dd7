package org.w3id.medfm.source;

/** Where something was read: a file and a 1-based line (0 for the file as a whole). */
public record Origin(String path, int line) {
    public Origin at(int otherLine) {
        return new Origin(path, otherLine);
    }
}
