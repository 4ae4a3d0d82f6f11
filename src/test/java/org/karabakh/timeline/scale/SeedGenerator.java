package org.karabakh.timeline.scale;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes a complete synthetic seeds directory that the real validator accepts: articles whose texts
 * hold every quote verbatim, sources, thousands of actors, thousands of places with coordinates and
 * names in Latin, Cyrillic and Armenian script, eras, and events split one file per year under
 * {@code events/}. The same size and seed always give the same bytes.
 *
 * <p>Dependency-free on purpose: {@code bench/generate-seeds.sh} runs this one file with
 * {@code java SeedGenerator.java N DIR [--seed S] [--break-quote K]}, and tests call
 * {@link #generate(int, Path, long, int)}.
 */
public final class SeedGenerator {

    /** Events per article: each article is the text of about this many events' citations. */
    private static final int EVENTS_PER_SOURCE = 10;
    private static final int ACTORS = 3000;
    private static final int PLACES = 2000;
    private static final int FIRST_YEAR = 1988;
    private static final int LAST_YEAR = 2024;
    /** Events per file: a year of a million events is split into files of this many, events/YYYY-NN.yaml. */
    private static final int EVENTS_PER_FILE = 2_000;

    private static final String[] TYPES = { "status-change", "declaration", "war", "hostilities", "ceasefire",
            "agreement", "deployment", "military-operation", "statement", "negotiation", "humanitarian" };
    /** One event in this many names its lead actor in two roles. */
    static final int TWO_ROLES_EVERY = 50;
    private static final String[] ROLES = { "signatory", "mediator", "speaker", "belligerent", "party", "declarant",
            "host", "interviewer", "counterpart", "peacekeeper", "subject" };
    private static final String[] FIRST_NAMES = { "Armen", "Ilham", "Nikol", "Sergey", "Hikmet", "Ara", "Zohrab",
            "Vladimir", "Jeyhun", "Ruben", "Samvel", "Elmar", "Tigran", "Leyla", "Anna", "Gohar", "Rashad", "Arayik",
            "Bako", "Davit", "Farid", "Gayane", "Hasan", "Karen", "Lilit", "Mher", "Nazim", "Ogtay", "Parvin", "Rufat",
            "Sona", "Tofig", "Vagif", "Zaur", "Aida", "Emil", "Narek", "Seda", "Anar", "Mariam" };
    private static final String[] SURNAME_ROOTS = { "Petros", "Aliyev", "Grigor", "Mammad", "Hovhannis", "Hasan",
            "Sargs", "Huseyn", "Kocharian", "Ismayil", "Avetis", "Guliyev", "Harutyun", "Rzay", "Manuk", "Abbas",
            "Karapet", "Babay", "Melkon", "Jafar", "Arakel", "Orujov", "Tumanyan", "Nabiyev", "Galust", "Safar",
            "Vardan", "Musay", "Khachatur", "Bagir" };
    private static final String[] SURNAME_ENDINGS = { "yan", "ov", "li", "ian" };
    private static final String[] PLACE_STARTS = { "Ag", "Bar", "Gan", "Shu", "Kar", "Mar", "Ter", "Lach", "Fiz",
            "Zan", "Gor", "Ar", "Sis", "Ker", "Mart", "Ved", "Nor", "Dash", "Khan", "Jab", "Tal", "Kel", "Hadr", "Sal" };
    private static final String[] PLACE_MIDDLES = { "", "a", "ak", "ber", "in", "ush", "ov", "el", "im", "ar" };
    private static final String[] PLACE_ENDINGS = { "dam", "da", "kert", "lu", "uni", "ashen", "avan", "ly", "abad",
            "kend", "ovan", "ik", "ats", "in", "ud", "ush" };
    private static final String[] ORGANISATIONS = { "Ministry of Defence of %s", "Foreign Ministry of %s",
            "%s district administration", "%s Red Cross committee", "%s municipal council", "%s border service" };
    private static final String[] ARMED_FORCES = { "%s rifle brigade", "%s artillery regiment", "%s defence unit",
            "%s peacekeeping contingent" };
    private static final String[] VERBS = { "reported shelling near", "announced talks on", "agreed a ceasefire around",
            "sent troops to", "evacuated civilians from", "accused the other side of attacking",
            "opened the road through", "closed the checkpoint at", "signed a statement on", "visited" };
    private static final String[] NOUNS = { "the ceasefire", "the corridor", "peace talks", "the border line",
            "humanitarian aid", "the statement", "prisoners of war", "the negotiations", "the deployment",
            "the mediators", "refugees", "the ministry", "the checkpoint", "the humanitarian convoy", "the agreement" };
    private static final String[] ADVERBS = { "on Monday", "late on Tuesday", "early on Wednesday", "on Thursday",
            "on Friday", "over the weekend", "this week", "last month", "overnight", "in the morning" };
    private static final String[] RUSSIAN = { "По словам представителя, переговоры о прекращении огня продолжаются",
            "Миротворцы обеспечивают безопасность в районе", "Стороны договорились об обмене пленными",
            "Гуманитарный конвой прибыл в город" };
    private static final String[] FIGURE_UNITS = { "people", "troops", "armoured vehicles", "days", "kilometres" };

    private final SplittableRandom random;
    private final int events;
    private final int brokenQuote;
    private final List<Actor> actors = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    private final List<StringBuilder> articles = new ArrayList<>();
    private int citations;

    private record Actor(String id, String name, String kind) {
    }

    private record Place(String id, String name, String kind, double lat, double lon, List<String> alternatives) {
    }

    private SeedGenerator(int events, long seed, int brokenQuote) {
        this.random = new SplittableRandom(seed);
        this.events = events;
        this.brokenQuote = brokenQuote;
    }

    /**
     * Writes {@code events} synthetic events and everything they refer to into {@code directory}.
     *
     * @param brokenQuote the 0-based number of the citation whose quote is changed so that its article no longer
     *        holds it (for checking that the loader refuses it), or -1 for none
     */
    public static void generate(int events, Path directory, long seed, int brokenQuote) {
        try {
            new SeedGenerator(events, seed, brokenQuote).write(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: java SeedGenerator.java N DIR [--seed S] [--break-quote K]");
            System.exit(2);
        }
        long seed = 11;
        int broken = -1;
        for (int i = 2; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--break-quote" -> broken = Integer.parseInt(args[i + 1]);
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        generate(Integer.parseInt(args[0]), Path.of(args[1]), seed, broken);
    }

    private void write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.createDirectories(dir.resolve("events"));
        makePlaces();
        makeActors();
        int sources = Math.max(5, (events + EVENTS_PER_SOURCE - 1) / EVENTS_PER_SOURCE);
        for (int s = 0; s < sources; s++) {
            articles.add(new StringBuilder("Synthetic report ").append(s + 1)
                    .append(" on the Nagorno-Karabakh conflict\n\n"));
        }
        writeEvents(dir, sources);
        writeSources(dir, sources);
        writeActors(dir);
        writePlaces(dir);
        writeEras(dir);
    }

    private void makePlaces() {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < PLACES) {
            names.add(pick(PLACE_STARTS) + pick(PLACE_MIDDLES) + pick(PLACE_ENDINGS));
        }
        int n = 0;
        for (String name : names) {
            String kind = n % 50 == 0 ? "region" : n % 25 == 0 ? "corridor" : "city";
            String shown = kind.equals("corridor") ? name + " corridor" : name;
            places.add(new Place(slug(shown) + "-" + Integer.toString(n, 36), shown, kind,
                    round(38.5 + random.nextDouble() * 3), round(44.0 + random.nextDouble() * 6),
                    List.of(Script.cyrillic(name), Script.armenian(name), name + "i")));
            n++;
        }
    }

    private void makeActors() {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < ACTORS * 4 / 5) {
            names.add(pick(FIRST_NAMES) + " " + pick(SURNAME_ROOTS) + pick(SURNAME_ENDINGS));
        }
        int n = 0;
        for (String name : names) {
            // Every tenth person is known by a Cyrillic spelling, so a non-Latin q finds actors too.
            String shown = n % 10 == 0 ? Script.cyrillic(name) : name;
            actors.add(new Actor("person-" + Integer.toString(n++, 36) + "-" + slug(name), shown, "person"));
        }
        for (String state : List.of("Armenia", "Azerbaijan", "Russia", "Turkey", "Iran", "France", "United States")) {
            actors.add(new Actor("state-" + slug(state), state, "state"));
        }
        while (actors.size() < ACTORS) {
            Place place = places.get(random.nextInt(places.size()));
            boolean armed = random.nextInt(3) == 0;
            String name = String.format(pick(armed ? ARMED_FORCES : ORGANISATIONS), place.name());
            String kind = armed ? "armed-force" : name.contains("Ministry") ? "organisation" : "authority";
            actors.add(new Actor("group-" + Integer.toString(n++, 36) + "-" + slug(name), name, kind));
        }
    }

    private void writeEvents(Path dir, int sources) throws IOException {
        BufferedWriter out = null;
        int openYear = -1;
        int part = 0;
        int inFile = 0;
        for (int i = 0; i < events; i++) {
            // Events come in date order, so each year's files are written once and its citations come from the
            // articles of about that time.
            int year = FIRST_YEAR + (int) ((long) i * (LAST_YEAR - FIRST_YEAR + 1) / events);
            if (year != openYear || inFile == EVENTS_PER_FILE) {
                if (out != null) {
                    out.close();
                }
                part = year == openYear ? part + 1 : 1;
                String name = String.format("%d-%02d.yaml", year, part);
                out = Files.newBufferedWriter(dir.resolve("events").resolve(name), StandardCharsets.UTF_8);
                out.write("# Synthetic events of " + year + ", part " + part
                        + " (bench/generate-seeds.sh); see seeds/events.yaml for the fields.\n");
                out.write("events:\n");
                openYear = year;
                inFile = 0;
            }
            inFile++;
            writeEvent(out, i, year, sources);
        }
        if (out != null) {
            out.close();
        }
    }

    private void writeEvent(BufferedWriter out, int index, int year, int sources) throws IOException {
        LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        Actor lead = actors.get(random.nextInt(actors.size()));
        Place where = places.get(random.nextInt(places.size()));
        String type = pick(TYPES);
        String id = "event-" + year + "-" + String.format("%07d", index) + "-" + type;
        out.write("  - id: " + id + "\n");
        out.write("    title: " + quoted(lead.name() + " " + pick(VERBS) + " " + where.name()) + "\n");
        out.write("    summary: " + quoted(sentence(lead, where) + " " + sentence(null, where)) + "\n");
        out.write("    type: " + type + "\n");
        out.write("    era: " + era(year) + "\n");
        writeDate(out, day, year);

        out.write("    actors:\n");
        Set<String> actorIds = new LinkedHashSet<>(List.of(lead.id()));
        int actorCount = 1 + random.nextInt(6);
        while (actorIds.size() < actorCount) {
            actorIds.add(actors.get(random.nextInt(actors.size())).id());
        }
        String leadRole = null;
        for (String actor : actorIds) {
            String role = pick(ROLES);
            leadRole = leadRole == null ? role : leadRole;
            out.write("      - { id: " + actor + ", role: " + role + " }\n");
        }
        if (index % TWO_ROLES_EVERY == 0) {
            // The lead actor in a second role too, as when a mediator also signs: still one event of that actor.
            String second = ROLES[(Arrays.asList(ROLES).indexOf(leadRole) + 1) % ROLES.length];
            out.write("      - { id: " + lead.id() + ", role: " + second + " }\n");
        }
        Set<String> placeIds = new LinkedHashSet<>(List.of(where.id()));
        int placeCount = 1 + random.nextInt(3);
        while (placeIds.size() < placeCount) {
            placeIds.add(places.get(random.nextInt(places.size())).id());
        }
        out.write("    places: [" + String.join(", ", placeIds) + "]\n");
        if (random.nextInt(4) == 0) {
            out.write("    figures:\n");
            out.write("      - { label: " + quoted(pick(NOUNS)) + ", value: " + (1 + random.nextInt(5000))
                    + ", approximation: " + pick(new String[] { "exact", "up-to", "more-than", "at-least" })
                    + ", unit: " + pick(FIGURE_UNITS) + " }\n");
        }
        out.write("    citations:\n");
        int citationCount = 1 + random.nextInt(5);
        int home = Math.min(sources - 1, index / EVENTS_PER_SOURCE);
        Set<Integer> cited = new LinkedHashSet<>();
        while (cited.size() < Math.min(citationCount, sources)) {
            cited.add(Math.floorMod(home + random.nextInt(7) - 3, sources));
        }
        for (int source : cited) {
            String quote = random.nextInt(8) == 0 ? pick(RUSSIAN) + " " + where.alternatives().get(0) + "."
                    : sentence(actors.get(random.nextInt(actors.size())), where) + " " + sentence(lead, null);
            articles.get(source).append(quote).append(random.nextInt(3) == 0 ? "\n\n" : " ");
            if (citations++ == brokenQuote) {
                quote = quote.replaceFirst("\\s", " never ");
            }
            out.write("      - source: " + sourceId(source) + "\n");
            out.write("        quote: " + quoted(quote) + "\n");
        }
    }

    /** A realistic mix: mostly days, then months and years; some spans, qualifiers and inferred dates. */
    private void writeDate(BufferedWriter out, LocalDate day, int year) throws IOException {
        int precision = random.nextInt(100);
        String start;
        String end = null;
        String qualifier = null;
        if (precision < 60) {
            start = day.toString();
            if (random.nextInt(12) == 0) {
                end = day.plusDays(1 + random.nextInt(20)).toString();
            }
        } else if (precision < 85) {
            start = day.toString().substring(0, 7);
            int roll = random.nextInt(10);
            if (roll < 2) {
                qualifier = roll == 0 ? "early" : "late";
            } else if (roll == 2 && day.getMonthValue() < 12) {
                end = day.plusMonths(1).toString().substring(0, 7);
            }
        } else {
            start = Integer.toString(year);
            int roll = random.nextInt(10);
            if (roll == 0) {
                qualifier = "circa";
            } else if (roll == 1) {
                qualifier = "after";
            } else if (roll == 2 && year < LAST_YEAR) {
                end = Integer.toString(year + 1 + random.nextInt(Math.min(3, LAST_YEAR - year)));
            }
        }
        out.write("    date:\n");
        out.write("      start: \"" + start + "\"\n");
        if (end != null) {
            out.write("      end: \"" + end + "\"\n");
        }
        if (qualifier != null) {
            out.write("      qualifier: " + qualifier + "\n");
        }
        if (random.nextInt(20) == 0) {
            out.write("      inferred: true\n");
            out.write("      note: " + quoted("The article gives only a weekday; the dateline fixes the week.") + "\n");
        }
    }

    private String sentence(Actor actor, Place place) {
        StringBuilder text = new StringBuilder();
        text.append(actor == null ? capitalise(pick(NOUNS)) : actor.name()).append(' ').append(pick(VERBS)).append(' ')
                .append(place == null ? places.get(random.nextInt(places.size())).name() : place.name()).append(' ')
                .append(pick(ADVERBS)).append(", citing ").append(pick(NOUNS)).append(" and ").append(pick(NOUNS))
                .append(" (").append(1 + random.nextInt(999)).append(").");
        return text.toString();
    }

    private void writeSources(Path dir, int sources) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("sources.yaml"), StandardCharsets.UTF_8)) {
            out.write("# Synthetic sources, one per article (bench/generate-seeds.sh).\nsources:\n");
            for (int s = 0; s < sources; s++) {
                String file = String.format("a%07d.txt", s);
                Files.writeString(dir.resolve("articles").resolve(file), articles.get(s), StandardCharsets.UTF_8);
                int year = FIRST_YEAR + (int) ((long) s * (LAST_YEAR - FIRST_YEAR + 1) / sources);
                out.write("  - id: " + sourceId(s) + "\n");
                out.write("    file: " + file + "\n");
                out.write("    title: " + quoted("Synthetic report " + (s + 1) + " on the Nagorno-Karabakh conflict") + "\n");
                out.write("    publisher: " + quoted(pick(new String[] { "TASS", "Sputnik", "Inforos", "Armenpress",
                        "APA", "News.am", "Trend" })) + "\n");
                out.write("    url: https://example.org/reports/" + (s + 1) + "\n");
                out.write("    date:\n      start: \"" + year + "-12-31\"\n");
            }
        }
        articles.clear();
    }

    private void writeActors(Path dir) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("actors.yaml"), StandardCharsets.UTF_8)) {
            out.write("# Synthetic actors (bench/generate-seeds.sh). kind: person | state | organisation | authority | armed-force\n");
            out.write("actors:\n");
            for (Actor actor : actors) {
                out.write("  - id: " + actor.id() + "\n    name: " + quoted(actor.name()) + "\n    kind: " + actor.kind()
                        + "\n    description: " + quoted("Synthetic " + actor.kind().replace('-', ' ') + ".") + "\n");
            }
        }
    }

    private void writePlaces(Path dir) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("places.yaml"), StandardCharsets.UTF_8)) {
            out.write("# Synthetic places (bench/generate-seeds.sh), WGS 84 around the South Caucasus.\nplaces:\n");
            for (Place place : places) {
                out.write("  - id: " + place.id() + "\n    name: " + quoted(place.name()) + "\n    kind: " + place.kind()
                        + "\n    lat: " + place.lat() + "\n    lon: " + place.lon()
                        + "\n    description: " + quoted("Synthetic " + place.kind() + ".") + "\n    alternativeNames:\n");
                for (String alternative : place.alternatives()) {
                    out.write("      - " + quoted(alternative) + "\n");
                }
            }
        }
    }

    private static void writeEras(Path dir) throws IOException {
        Files.writeString(dir.resolve("eras.yaml"), """
                # The eras of seeds/eras.yaml, so synthetic events group as the real ones do.
                eras:
                  - { id: soviet-autonomy, name: Soviet autonomy, description: Autonomous oblast., start: "1923", end: "1988" }
                  - { id: conflict-and-war-1988-1994, name: "Conflict and war, 1988-1994", description: The first war., start: "1988", end: "1994" }
                  - { id: frozen-conflict-1994-2020, name: "Frozen conflict, 1994-2020", description: Between the wars., start: "1994", end: "2020" }
                  - { id: war-2020-and-aftermath, name: The 2020 war and its aftermath, description: The second war., start: "2020", end: "2023" }
                  - { id: september-2023-offensive, name: The September 2023 offensive, description: The end., start: "2023", end: "2024" }
                """, StandardCharsets.UTF_8);
    }

    private static String era(int year) {
        return year < 1994 ? "conflict-and-war-1988-1994" : year < 2020 ? "frozen-conflict-1994-2020"
                : year < 2023 ? "war-2020-and-aftermath" : "september-2023-offensive";
    }

    private static String sourceId(int source) {
        return "report-" + String.format("%07d", source);
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static double round(double degrees) {
        return Math.round(degrees * 10_000) / 10_000.0;
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Letter-by-letter spellings of a Latin name in other scripts, as the region's press writes them. */
    private static final class Script {
        private static final String LATIN = "abcdefghijklmnopqrstuvwxyz";
        private static final String[] CYRILLIC = { "а", "б", "ц", "д", "е", "ф", "г", "х", "и", "дж", "к", "л", "м",
                "н", "о", "п", "к", "р", "с", "т", "у", "в", "в", "кс", "й", "з" };
        private static final String[] ARMENIAN = { "ա", "բ", "ց", "դ", "ե", "ֆ", "գ", "հ", "ի", "ջ", "կ", "լ", "մ",
                "ն", "ո", "պ", "ք", "ր", "ս", "տ", "ու", "վ", "վ", "քս", "յ", "զ" };

        static String cyrillic(String latin) {
            return spell(latin, CYRILLIC);
        }

        static String armenian(String latin) {
            return spell(latin, ARMENIAN);
        }

        private static String spell(String latin, String[] letters) {
            StringBuilder out = new StringBuilder();
            boolean wordStart = true;
            for (char c : latin.toCharArray()) {
                int at = LATIN.indexOf(Character.toLowerCase(c));
                if (at < 0) {
                    out.append(c);
                    wordStart = true;
                    continue;
                }
                String letter = letters[at];
                out.append(wordStart ? letter.substring(0, 1).toUpperCase(Locale.ROOT) + letter.substring(1) : letter);
                wordStart = false;
            }
            return out.toString();
        }
    }
}
