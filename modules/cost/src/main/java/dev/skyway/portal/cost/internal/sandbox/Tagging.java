package dev.skyway.portal.cost.internal.sandbox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Tags the resources as a real organization would: most carry {@code team}, {@code cost-center} and
 * {@code environment} from their account; shared accounts host a few resources tagged for the team that uses them;
 * what the portal launched carries {@code skyway:request} (the portal's request id: the real requests' ids when the
 * portal's requests are given, else made-up ones for the resources launched during the window); accounts without an
 * owner tag nothing, and a stable pick of other resources is left untagged until about {@link #UNTAGGED_SHARE} of
 * the spend has no team.
 */
final class Tagging {

    static final String REQUEST_ID = "skyway:request";
    static final double UNTAGGED_SHARE = 0.08;

    private final Seeded dice;
    private final UsageCurve curve;
    private final LocalDate windowStart;
    private final LocalDate lastDay;
    private final Map<String, String> portalRequests;

    /** @param portalRequests the request id of each resource the portal provisioned, by resource id; may be empty */
    Tagging(Seeded dice, UsageCurve curve, LocalDate windowStart, LocalDate lastDay,
            Map<String, String> portalRequests) {
        this.dice = dice;
        this.curve = curve;
        this.windowStart = windowStart;
        this.lastDay = lastDay;
        this.portalRequests = Map.copyOf(portalRequests);
    }

    List<SandboxResource> tag(List<SandboxResource> resources) {
        Set<String> untagged = pickUntagged(resources);
        List<SandboxAccount> owners = resources.stream().map(SandboxResource::account)
                .filter(account -> account.ownerTeam() != null).distinct().toList();
        List<SandboxResource> tagged = new ArrayList<>(resources.size());
        for (SandboxResource resource : resources) {
            tagged.add(resource.withTags(untagged.contains(resource.resourceId())
                    ? untaggedJson(resource) : json(tagsOf(resource, owners))));
        }
        return tagged;
    }

    /** The tags a resource of this account carries when it is tagged properly. */
    static Map<String, String> accountTags(SandboxAccount account) {
        Map<String, String> tags = new LinkedHashMap<>();
        putIfPresent(tags, "team", account.ownerTeam());
        putIfPresent(tags, "cost-center", account.costCenter());
        putIfPresent(tags, "environment", account.environment());
        return tags;
    }

    private Map<String, String> tagsOf(SandboxResource resource, List<SandboxAccount> owners) {
        SandboxAccount account = resource.account();
        Map<String, String> tags = accountTags(account);
        if (Tier.of(account.environment()) == Tier.SHARED && !owners.isEmpty()
                && dice.unit(resource.resourceId(), "borrowed") < 0.3) {
            SandboxAccount user = owners.get(dice.below(owners.size(), resource.resourceId(), "user"));
            putIfPresent(tags, "team", user.ownerTeam());
            putIfPresent(tags, "cost-center", user.costCenter());
        }
        if (!portalRequests.isEmpty()) {
            if (portalRequests.containsKey(resource.resourceId())) {
                tags.put(REQUEST_ID, portalRequests.get(resource.resourceId()));
            }
        } else if (EstateBuilder.launchedInWindow(resource, windowStart)) {
            // one request per launch: an instance and its volume carry the same id
            tags.put(REQUEST_ID, dice.uuid(account.id(), resource.activeFrom().toString(), "request").toString());
        }
        return tags;
    }

    private @Nullable String untaggedJson(SandboxResource resource) {
        // half of the untagged resources still carry a Name tag: they are tagged, just not for cost
        return dice.unit(resource.resourceId(), "name-only") < 0.5
                ? null : json(Map.of("Name", resource.resourceName()));
    }

    private Set<String> pickUntagged(List<SandboxResource> resources) {
        Map<String, Double> weight = new LinkedHashMap<>();
        double total = 0;
        double untaggedWeight = 0;
        Set<String> untagged = new HashSet<>();
        for (SandboxResource resource : resources) {
            double w = 0;
            for (LocalDate day = windowStart; !day.isAfter(lastDay); day = day.plusDays(7)) {
                w += curve.listCost(resource, day);
            }
            weight.put(resource.resourceId(), w);
            total += w;
            if (resource.account().ownerTeam() == null) {
                untagged.add(resource.resourceId());
                untaggedWeight += w;
            }
        }
        List<SandboxResource> candidates = resources.stream()
                .filter(resource -> resource.account().ownerTeam() != null && !resource.savingsPlanEligible()
                        && !EstateBuilder.launchedInWindow(resource, windowStart)
                        && !portalRequests.containsKey(resource.resourceId()))
                .sorted(Comparator.comparingDouble(resource -> dice.unit(resource.resourceId(), "untagged")))
                .toList();
        for (SandboxResource candidate : candidates) {
            double w = weight.get(candidate.resourceId());
            if (untaggedWeight >= UNTAGGED_SHARE * total) {
                break;
            }
            if (untaggedWeight + w <= (UNTAGGED_SHARE + 0.005) * total) {
                untagged.add(candidate.resourceId());
                untaggedWeight += w;
            }
        }
        return untagged;
    }

    private static void putIfPresent(Map<String, String> tags, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            tags.put(key, value);
        }
    }

    /** A JSON object in insertion order; absent when there are no tags. */
    static @Nullable String json(Map<String, String> tags) {
        if (tags.isEmpty()) {
            return null;
        }
        StringBuilder json = new StringBuilder("{");
        tags.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            quote(json, key).append(':');
            quote(json, value);
        });
        return json.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder json, String text) {
        json.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
