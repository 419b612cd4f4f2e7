package io.touchpointhub.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.touchpointhub.bench.EventFactory.Sender;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Deterministic (seeded) Segment traffic with the identifier overlap real shops see: about ten events per
 * person, one to three devices (anonymous ids) per person, ~70% of people identifying with a user id and
 * e-mail on some devices, others only leaving an e-mail or a phone on a form, typed differently each time.
 * All events are shuffled across batches, so the links between a person's devices arrive late and in any
 * order: resolution has to merge profiles, not just append to them.
 */
final class EventGenerator {

    /** How a device tells the hub who is using it, if at all. */
    private enum Link { NONE, USER_ID, EMAIL, PHONE }

    private record Device(int person, int index, String anonymousId, boolean mobile, Link link) {
    }

    private record Person(String first, String last, String userId, String email, String phone, List<Device> devices) {
    }

    /** A message and the canonical identifiers it carries, as the identity stage should see them. */
    private record Event(ObjectNode message, List<String> identifiers) {
    }

    /** Segment's limit per batch request, which the hub enforces. */
    static final int MAX_BATCH_BYTES = 500 * 1024;
    private static final Instant EPOCH = Instant.parse("2026-10-01T00:00:00Z");
    private static final int THIRTY_DAYS = 30 * 86_400;

    private final ObjectMapper mapper = new ObjectMapper();

    Workload generate(int events, int batchSize, long seed) {
        return generate(events, batchSize, seed, 0);
    }

    /**
     * @param firstPerson number of the first person: phones and e-mails are spelled from it, so two
     *                    workloads with disjoint person ranges share no identifier (a warm-up and the run)
     */
    Workload generate(int events, int batchSize, long seed, int firstPerson) {
        if (events < 10 || batchSize < 1) {
            throw new IllegalArgumentException("need at least 10 events and a batch size of at least 1");
        }
        Random random = new Random(seed);
        List<Person> people = people(Math.max(1, events / 10), seed, firstPerson, random);
        List<Device> devices = people.stream().flatMap(p -> p.devices().stream()).toList();
        int[] perDevice = allocate(events, devices, people, random);

        EventFactory factory = new EventFactory(random, seed);
        IdentityComponents components = new IdentityComponents();
        List<Event> all = new ArrayList<>(events);
        for (int d = 0; d < devices.size(); d++) {
            Device device = devices.get(d);
            deviceEvents(device, people.get(device.person()), perDevice[d], factory, random, all);
        }
        all.forEach(event -> components.link(event.identifiers()));
        Collections.shuffle(all, random);
        return batches(all, batchSize, people.size(), components.count());
    }

    private static List<Person> people(int count, long seed, int firstPerson, Random random) {
        List<Person> people = new ArrayList<>(count);
        for (int p = 0; p < count; p++) {
            String first = Vocabulary.pick(Vocabulary.FIRST_NAMES, random);
            String last = Vocabulary.pick(Vocabulary.LAST_NAMES, random);
            boolean identifies = random.nextInt(100) < 70;
            String phone = identifies && random.nextInt(100) < 40 ? Vocabulary.phone(firstPerson + p) : null;
            int deviceCount = switch (random.nextInt(20)) {
                case 0, 1, 2 -> 3;
                case 3, 4, 5, 6, 7, 8, 9 -> 2;
                default -> 1;
            };
            List<Device> devices = new ArrayList<>(deviceCount);
            for (int d = 0; d < deviceCount; d++) {
                devices.add(new Device(p, d, "anon-" + seed + "-" + p + "-" + d,
                        d > 0 && random.nextBoolean(), identifies ? link(d, phone != null, random) : Link.NONE));
            }
            people.add(new Person(first, last, identifies ? "user-" + seed + "-" + p : null,
                    identifies ? Vocabulary.email(first, last, firstPerson + p, random) : null, phone, devices));
        }
        return people;
    }

    /** The first device logs in; others log in too, leave an e-mail or phone on a form, or stay anonymous. */
    private static Link link(int device, boolean hasPhone, Random random) {
        if (device == 0) {
            return Link.USER_ID;
        }
        int dice = random.nextInt(100);
        if (dice < 45) {
            return Link.USER_ID;
        }
        if (dice < 65) {
            return Link.EMAIL;
        }
        if (dice < 75) {
            return hasPhone ? Link.PHONE : Link.EMAIL;
        }
        return Link.NONE;
    }

    /** Every device sends at least one event; the rest go to devices weighted by a long-tailed activity. */
    private static int[] allocate(int events, List<Device> devices, List<Person> people, Random random) {
        if (devices.size() > events) {
            throw new IllegalArgumentException("too few events for the generated devices");
        }
        double[] activity = new double[people.size()];
        for (int p = 0; p < activity.length; p++) {
            double u = random.nextDouble();
            activity[p] = 1 + 9 * u * u * u;
        }
        double[] cumulative = new double[devices.size()];
        double total = 0;
        for (int d = 0; d < devices.size(); d++) {
            Device device = devices.get(d);
            total += activity[device.person()] * (device.index() == 0 ? 2 : 1);
            cumulative[d] = total;
        }
        int[] perDevice = new int[devices.size()];
        Arrays.fill(perDevice, 1);
        for (int left = events - devices.size(); left > 0; left--) {
            int slot = Arrays.binarySearch(cumulative, random.nextDouble() * total);
            perDevice[slot < 0 ? -slot - 1 : slot]++;
        }
        return perDevice;
    }

    private static void deviceEvents(Device device, Person person, int count, EventFactory factory,
                                     Random random, List<Event> out) {
        Instant at = EPOCH.plusSeconds(random.nextInt(THIRTY_DAYS));
        int identifyAt = random.nextInt(count);
        String anon = device.anonymousId();
        for (int i = 0; i < count; i++) {
            at = at.plusSeconds(5 + random.nextInt(900)).plusMillis(random.nextInt(1000));
            boolean loggedIn = device.link() == Link.USER_ID && i > identifyAt;
            Sender sender = new Sender(anon, loggedIn ? person.userId() : null, device.mobile(), device.person());
            if (i == identifyAt && device.link() != Link.NONE || loggedIn && random.nextInt(100) < 4) {
                out.add(identify(device.link(), sender, person, at, random, factory));
            } else if (loggedIn && device.index() == 0 && random.nextInt(100) < 10) {
                out.add(new Event(factory.serverOrder(sender, at), List.of("u:" + person.userId())));
            } else {
                ObjectNode message = random.nextInt(100) < 45 ? factory.track(sender, at)
                        : device.mobile() ? factory.screen(sender, at) : factory.page(sender, at);
                out.add(new Event(message, loggedIn ? List.of("a:" + anon, "u:" + person.userId()) : List.of("a:" + anon)));
            }
        }
    }

    private static Event identify(Link link, Sender sender, Person person, Instant at, Random random,
                                  EventFactory factory) {
        List<String> identifiers = new ArrayList<>(List.of("a:" + sender.anonymousId()));
        String email = null;
        String phone = null;
        String userId = null;
        if (link == Link.USER_ID) {
            userId = person.userId();
            email = Vocabulary.emailAsTyped(person.email(), random);
            phone = person.phone() != null && random.nextBoolean() ? Vocabulary.phoneAsTyped(person.phone(), random) : null;
        } else if (link == Link.EMAIL) {
            email = Vocabulary.emailAsTyped(person.email(), random);
        } else {
            phone = Vocabulary.phoneAsTyped(person.phone(), random);
        }
        if (userId != null) {
            identifiers.add("u:" + userId);
        }
        if (email != null) {
            identifiers.add("e:" + person.email());
        }
        if (phone != null) {
            identifiers.add("p:" + person.phone());
        }
        Sender identified = new Sender(sender.anonymousId(), userId, sender.mobile(), sender.person());
        return new Event(factory.identify(identified, at, person.first(), person.last(), email, phone), identifiers);
    }

    private Workload batches(List<Event> events, int batchSize, int people, int expectedProfiles) {
        List<byte[]> bodies = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        Map<String, Integer> byType = new TreeMap<>();
        for (int from = 0; from < events.size(); from += batchSize) {
            List<Event> slice = events.subList(from, Math.min(events.size(), from + batchSize));
            // no sentAt: it would make the bodies depend on the clock, and each message has a timestamp
            ObjectNode body = mapper.createObjectNode();
            ArrayNode batch = body.putArray("batch");
            slice.forEach(e -> {
                batch.add(e.message());
                byType.merge(e.message().get("type").asText(), 1, Integer::sum);
            });
            byte[] bytes = serialise(body);
            if (bytes.length > MAX_BATCH_BYTES) {
                throw new IllegalArgumentException("a batch of " + batchSize + " events is " + bytes.length
                        + " bytes, over Segment's 500 KB limit; use a smaller --batch");
            }
            bodies.add(bytes);
            sizes.add(slice.size());
        }
        return new Workload(List.copyOf(bodies), List.copyOf(sizes), events.size(), people, expectedProfiles, byType);
    }

    private byte[] serialise(ObjectNode body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
