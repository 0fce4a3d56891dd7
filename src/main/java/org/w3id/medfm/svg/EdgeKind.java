package org.w3id.medfm.svg;

import java.util.Arrays;
import java.util.Optional;
import org.w3id.medfm.records.DerivationKind;

/**
 * How the picture tells kinds of link apart: a colour from the Okabe-Ito palette (safe for colour-blind readers)
 * and a dash pattern, so that the kinds differ in print too. One constant per kind of derivation, plus the
 * {@code uses} of entries that introduce no model, plus a derivation whose kind the graph does not state.
 */
public enum EdgeKind {
    FINE_TUNING(DerivationKind.FINE_TUNING, "#0072B2", "", "fine-tuning"),
    CONTINUED_PRETRAINING(DerivationKind.CONTINUED_PRETRAINING, "#009E73", "9 4", "continued pre-training"),
    ADAPTER(DerivationKind.ADAPTER, "#D55E00", "5 3", "adapter, LoRA or prompt tuning (base frozen)"),
    ARCHITECTURE_REUSE(DerivationKind.ARCHITECTURE_REUSE, "#CC79A7", "2 3", "architecture or recipe reused"),
    PROMPTING(DerivationKind.PROMPTING, "#E69F00", "10 3 2 3", "prompting a frozen model"),
    DISTILLATION(DerivationKind.DISTILLATION, "#56B4E9", "6 2 2 2", "distillation"),
    USES(null, "#6B6B6B", "1 3", "applied or evaluated (no model of its own)"),
    UNSTATED(null, "#000000", "", "derived (kind not stated)");

    private final DerivationKind derivation;
    private final String colour;
    private final String dashes;
    private final String legend;

    EdgeKind(DerivationKind derivation, String colour, String dashes, String legend) {
        this.derivation = derivation;
        this.colour = colour;
        this.dashes = dashes;
        this.legend = legend;
    }

    public String colour() {
        return colour;
    }

    /** An SVG {@code stroke-dasharray}, empty for a solid line. */
    public String dashes() {
        return dashes;
    }

    /** What the legend says of this kind of line. */
    public String legend() {
        return legend;
    }

    /** The kind of derivation drawn this way, if any. */
    public Optional<DerivationKind> derivation() {
        return Optional.ofNullable(derivation);
    }

    public static EdgeKind of(DerivationKind kind) {
        return Arrays.stream(values()).filter(k -> k.derivation == kind).findFirst().orElseThrow();
    }

    /** A short lower-case name, used as a CSS class and in ids: {@code fine-tuning}, {@code uses}, ... */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
