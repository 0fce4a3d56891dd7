package org.w3id.medfm.records;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The SPDX licences the data may name by id, with SPDX's names (https://spdx.org/licenses/). A licence that is
 * not here is named by the address of its text instead; add an id here only as SPDX spells it.
 */
public final class Licences {
    /** SPDX's namespace of licence IRIs, as the SPDX RDF uses it. */
    public static final String SPDX = "http://spdx.org/licenses/";

    private static final Map<String, String> NAMES = names();

    private Licences() {
    }

    private static Map<String, String> names() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("MIT", "MIT License");
        m.put("Apache-2.0", "Apache License 2.0");
        m.put("BSD-2-Clause", "BSD 2-Clause \"Simplified\" License");
        m.put("BSD-3-Clause", "BSD 3-Clause \"New\" or \"Revised\" License");
        m.put("GPL-2.0-only", "GNU General Public License v2.0 only");
        m.put("GPL-3.0-only", "GNU General Public License v3.0 only");
        m.put("GPL-3.0-or-later", "GNU General Public License v3.0 or later");
        m.put("AGPL-3.0-only", "GNU Affero General Public License v3.0 only");
        m.put("LGPL-3.0-only", "GNU Lesser General Public License v3.0 only");
        m.put("MPL-2.0", "Mozilla Public License 2.0");
        m.put("AFL-3.0", "Academic Free License v3.0");
        m.put("Unlicense", "The Unlicense");
        m.put("CC0-1.0", "Creative Commons Zero v1.0 Universal");
        m.put("CC-BY-4.0", "Creative Commons Attribution 4.0 International");
        m.put("CC-BY-SA-4.0", "Creative Commons Attribution Share Alike 4.0 International");
        m.put("CC-BY-NC-4.0", "Creative Commons Attribution Non Commercial 4.0 International");
        m.put("CC-BY-NC-SA-4.0", "Creative Commons Attribution Non Commercial Share Alike 4.0 International");
        m.put("CC-BY-NC-ND-4.0", "Creative Commons Attribution Non Commercial No Derivatives 4.0 International");
        m.put("CC-BY-NC-3.0", "Creative Commons Attribution Non Commercial 3.0 Unported");
        m.put("ODbL-1.0", "Open Data Commons Open Database License v1.0");
        m.put("ODC-By-1.0", "Open Data Commons Attribution License v1.0");
        m.put("PDDL-1.0", "Open Data Commons Public Domain Dedication & License 1.0");
        m.put("CreativeML-OpenRAIL-M", "CreativeML Open RAIL-M");
        m.put("BigScience-OpenRAIL-M", "BigScience Open RAIL-M v1.0");
        m.put("BigScience-BLOOM-RAIL-1.0", "BigScience BLOOM RAIL 1.0");
        return m;
    }

    /** The licence an SPDX id names, matched regardless of case, or empty when the id is not known here. */
    public static Optional<Licence> spdx(String id) {
        return NAMES.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(id.toLowerCase(Locale.ROOT)))
                .findFirst().map(e -> new Licence(SPDX + e.getKey(), e.getValue(), Licence.Kind.SPDX));
    }

    public static String ids() {
        return String.join(", ", NAMES.keySet());
    }
}
