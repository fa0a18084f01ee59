package dev.skyway.portal.app.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.DailyCount;
import dev.skyway.portal.platform.home.HomeSections;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.ui.kit.EChart;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.platform.ui.kit.PageHeader;

import jakarta.annotation.security.PermitAll;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everyone's start page: first what needs you now, one card per module and role (your approvals, requests,
 * resources, cost, compliance, incidents, the syncs and the vending queue), then who you are in the portal and
 * activity over the last 30 days (the whole ledger for security and platform admins, your own actions for everyone
 * else). A finance user whose only role is finance
 * starts on the cost overview instead (the profile stays one click away, under Home's own URL with
 * {@code ?profile}).
 */
@Route("")
@PageTitle("Home · Skyway")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@PermitAll
public class HomeView extends Div implements com.vaadin.flow.router.BeforeEnterObserver {

    static final int ACTIVITY_DAYS = 30;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("MMM d", java.util.Locale.US);

    private final transient CurrentUser currentUser;

    HomeView(CurrentUser currentUser, AuditLedger ledger, HomeSections sections) {
        this.currentUser = currentUser;
        addClassName("page");
        PortalUser user = currentUser.get();
        add(new PageHeader("Welcome, " + user.name(), "What needs you now, in your AWS organization."));
        add(needsYou(sections.forUser(user)));

        Div cards = new Div();
        cards.addClassName("cards");
        cards.add(profileCard(user), activityCard(user, ledger.activityPerDay(ACTIVITY_DAYS, Formats.zone())));
        add(cards);
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        PortalUser user = currentUser.get();
        boolean financeOnly = user.hasRole(Role.FINANCE)
                && !user.hasAnyRole(Role.ENGINEER, Role.APPROVER, Role.SECURITY, Role.PLATFORM_ADMIN);
        if (financeOnly && !event.getLocation().getQueryParameters().getParameters().containsKey("profile")) {
            event.forwardTo("cost");
        }
    }

    private static Div needsYou(HomeSections.Home home) {
        Div cards = new Div();
        cards.addClassName("cards");
        cards.setId("home-cards");
        home.cards().forEach(card -> cards.add(new HomeCardView(card)));
        if (!home.failedSections().isEmpty()) {
            Div failed = new Div(new H2("Not loaded"), new Paragraph("Some of your start page could not be loaded ("
                    + String.join(", ", home.failedSections()) + "). Reload the page to try again."));
            failed.addClassName("card");
            failed.setId("home-failed");
            cards.add(failed);
        }
        return cards;
    }

    private static Div profileCard(PortalUser user) {
        Div card = new Div(new H2("You"));
        card.addClassName("card");
        card.setId("profile-card");
        card.add(new Paragraph(user.username() + (user.email() == null ? "" : " · " + user.email())));
        // the username is only a display name: policies and delegations name a person by this reference
        Paragraph reference = new Paragraph("Named in policies and delegations as " + user.key().reference());
        reference.setId("person-reference");
        card.add(reference);
        if (user.team() != null) {
            card.add(new Paragraph("Team: " + user.team()
                    + (user.leadOf().contains(user.team()) ? " (team lead)" : "")));
        }
        Div badges = new Div();
        badges.addClassName("role-badges");
        if (user.roles().isEmpty()) {
            badges.add(new Span("No portal role yet: ask your platform team to add you to a portal group."));
        }
        user.roles().stream().sorted().forEach(role -> {
            Span badge = new Span(role.label());
            badge.getElement().getThemeList().add("badge");
            badges.add(badge);
        });
        card.add(badges);
        return card;
    }

    private static Div activityCard(PortalUser user, List<DailyCount> days) {
        boolean everything = user.hasAnyRole(Role.SECURITY, Role.PLATFORM_ADMIN);
        Div card = new Div(new H2(everything ? "Portal activity, last 30 days" : "Your activity, last 30 days"));
        card.addClassNames("card", "wide");
        card.setId("activity-card");
        long total = days.stream().mapToLong(DailyCount::count).sum();
        if (total == 0) {
            card.add(new EmptyState(VaadinIcon.CHART, "No activity yet",
                    "Logins, requests and approvals will show here day by day.", null));
            return card;
        }
        card.add(new Paragraph(total + (total == 1 ? " entry" : " entries") + " in the ledger over 30 days, "
                + days.getLast().count() + " today."));
        EChart chart = new EChart();
        chart.setId("activity-chart");
        chart.setOption(option(days));
        card.add(chart);
        return card;
    }

    static String option(List<DailyCount> days) {
        return JSON.writeValueAsString(Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "grid", Map.of("left", 8, "right", 16, "top", 16, "bottom", 8, "containLabel", true),
                "xAxis", Map.of("type", "category", "data", days.stream().map(d -> DAY.format(d.day())).toList(),
                        "axisLabel", Map.of("hideOverlap", true)),
                "yAxis", Map.of("type", "value", "minInterval", 1),
                "series", List.of(Map.of("name", "Audit entries", "type", "bar",
                        "data", days.stream().map(DailyCount::count).toList(),
                        "itemStyle", Map.of("color", "#1f6feb")))));
    }
}
