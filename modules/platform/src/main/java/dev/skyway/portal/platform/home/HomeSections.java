package dev.skyway.portal.platform.home;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import dev.skyway.portal.platform.identity.PortalUser;

/**
 * Gathers every module's {@link HomeSection} for one user. A section that fails is left out (and logged) rather than
 * taking the start page down with it: the page says which card could not be loaded.
 */
@Service
public class HomeSections {

    private static final Logger log = LoggerFactory.getLogger(HomeSections.class);

    private final ObjectProvider<HomeSection> sections;

    HomeSections(ObjectProvider<HomeSection> sections) {
        this.sections = sections;
    }

    /** The user's cards in page order, and the names of the sections that failed. */
    public Home forUser(PortalUser user) {
        List<HomeCard> cards = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        sections.orderedStream().forEach(section -> {
            try {
                cards.addAll(section.cards(user));
            } catch (RuntimeException e) {
                log.warn("Home section {} failed for {}", section.getClass().getSimpleName(), user.username(), e);
                failed.add(section.getClass().getSimpleName());
            }
        });
        cards.sort(Comparator.comparingDouble(HomeCard::order));
        return new Home(List.copyOf(cards), List.copyOf(failed));
    }

    /** A user's start page: {@code failedSections} names the sections that could not answer. */
    public record Home(List<HomeCard> cards, List<String> failedSections) {
    }
}
