package dev.skyway.portal.platform.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import dev.skyway.portal.platform.home.HomeCard.HomeFigure;
import dev.skyway.portal.platform.home.HomeCard.Tone;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.TestUsers;

/** The start page gathers every section's cards in page order and survives a section that fails. */
class HomeSectionsTests {

    static HomeCard card(String id, double order) {
        return new HomeCard(id, id, order, List.of(new HomeFigure("n", "1", null, Tone.NEUTRAL)), List.of(), "none");
    }

    static HomeSections sections(HomeSection... sections) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        for (int i = 0; i < sections.length; i++) {
            beans.registerSingleton("section" + i, sections[i]);
        }
        return new HomeSections(beans.getBeanProvider(HomeSection.class));
    }

    @Test
    void cardsOfEverySectionComeInPageOrder() {
        HomeSections home = sections(user -> List.of(card("cost", 40)), user -> List.of(card("approvals", 10),
                card("resources", 30)));

        HomeSections.Home page = home.forUser(TestUsers.user("engineer", Role.ENGINEER));

        assertThat(page.cards()).extracting(HomeCard::id).containsExactly("approvals", "resources", "cost");
        assertThat(page.failedSections()).isEmpty();
    }

    @Test
    void aFailingSectionIsNamedAndTheOthersStillShow() {
        HomeSection broken = new Broken();
        HomeSections home = sections(broken, user -> List.of(card("cost", 40)));

        HomeSections.Home page = home.forUser(TestUsers.user("finance", Role.FINANCE));

        assertThat(page.cards()).extracting(HomeCard::id).containsExactly("cost");
        assertThat(page.failedSections()).containsExactly("Broken");
    }

    @Test
    void aSectionDecidesByRole() {
        HomeSection adminsOnly = user -> user.hasRole(Role.PLATFORM_ADMIN) ? List.of(card("syncs", 90)) : List.of();
        HomeSections home = sections(adminsOnly);
        PortalUser engineer = TestUsers.user("engineer", Role.ENGINEER);

        assertThat(home.forUser(engineer).cards()).isEmpty();
        assertThat(home.forUser(TestUsers.user("admin", Role.PLATFORM_ADMIN)).cards()).hasSize(1);
    }

    static final class Broken implements HomeSection {
        @Override
        public List<HomeCard> cards(PortalUser user) {
            throw new IllegalStateException("the database is down");
        }
    }
}
