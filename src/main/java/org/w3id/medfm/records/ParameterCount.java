package org.w3id.medfm.records;

import java.math.BigInteger;

/** The number of parameters of a model as a source states it, with what it counts (the variant, the parts). */
public record ParameterCount(BigInteger value, String detail, Evidence evidence) {
}
