package dev.skyway.portal.app.ui;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouteBaseData;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.Lumo;

import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.ui.kit.Formats;

import jakarta.annotation.security.PermitAll;

/**
 * The shell around every view: side navigation built from the {@code @Menu} entries the user may open (the
 * access checks filter them), the user's name and roles, dark mode, logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;

    MainLayout(AuthenticationContext authentication, CurrentUser currentUser) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);

        Span title = new Span("Skyway");
        title.addClassName("app-title");
        Scroller nav = new Scroller(sideNav());
        addToDrawer(title, nav);

        PortalUser user = currentUser.find().orElse(null);
        HorizontalLayout header = new HorizontalLayout();
        header.addClassName("app-header");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        Div spacer = new Div();
        header.add(new DrawerToggle(), spacer);
        header.setFlexGrow(1, spacer);
        if (user != null) {
            Span who = new Span(user.name() + " · " + String.join(", ",
                    user.roles().stream().sorted().map(r -> r.label()).toList()));
            who.addClassName("user-box");
            who.setId("current-user");
            header.add(who);
        }
        Button theme = new Button(VaadinIcon.ADJUST.create(), e -> toggleTheme());
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        theme.setAriaLabel("Toggle dark mode");
        theme.setTooltipText("Light / dark");
        Button logout = new Button("Log out", VaadinIcon.SIGN_OUT.create(), e -> this.authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        header.add(theme, logout);
        addToNavbar(header);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        Formats.learnZone(event.getUI());
    }

    private void toggleTheme() {
        var themes = getUI().orElseThrow().getElement().getThemeList();
        if (themes.contains(Lumo.DARK)) {
            themes.remove(Lumo.DARK);
        } else {
            themes.add(Lumo.DARK);
        }
    }

    private static SideNav sideNav() {
        SideNav nav = new SideNav();
        nav.setId("side-nav");
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        List<String> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteBaseData::getTemplate).toList();
        for (MenuEntry entry : entries) {
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
            if (highlightsPagesBeneath(entry.path(), entries)) {
                item.setMatchNested(true);
            } else {
                item.setPathAliases(pagesBeneath(entry.path(), entries, routes));
            }
            nav.addItem(item);
        }
        return nav;
    }

    /**
     * For an entry with other entries beneath it, the pages it stands for one by one: the routes beneath its path,
     * without parameters, that are not another entry's (Budgets and Anomalies under Cost, Alerts under Incidents).
     */
    static Set<String> pagesBeneath(String path, List<MenuEntry> entries, Collection<String> routes) {
        String own = trimmed(path);
        if (own.isEmpty()) {
            return Set.of();
        }
        List<String> others = entries.stream().map(other -> trimmed(other.path()))
                .filter(other -> other.startsWith(own + "/")).toList();
        return routes.stream().map(MainLayout::trimmed)
                .filter(route -> route.startsWith(own + "/") && !route.contains(":"))
                .filter(route -> others.stream().noneMatch(other -> route.equals(other)
                        || route.startsWith(other + "/")))
                .map(route -> "/" + route).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * Whether an entry also stands for the pages beneath its path that have no entry of their own (a request's
     * details under My requests, Decided by you under Approvals): not for Home, whose path is above every page, nor
     * for an entry with other entries beneath it (Cost above Savings), which would then be highlighted twice.
     */
    static boolean highlightsPagesBeneath(String path, List<MenuEntry> entries) {
        String own = trimmed(path);
        return !own.isEmpty() && entries.stream().map(other -> trimmed(other.path()))
                .noneMatch(other -> other.startsWith(own + "/"));
    }

    private static String trimmed(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
