package dev.skyway.portal.accounts.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import dev.skyway.portal.accounts.AccountRequest;
import dev.skyway.portal.accounts.AccountRequestValidationException;
import dev.skyway.portal.accounts.AccountRequestViolation;
import dev.skyway.portal.accounts.AccountRequests;
import dev.skyway.portal.accounts.Baseline;
import dev.skyway.portal.accounts.NewAccountRequest;
import dev.skyway.portal.accounts.OrganizationalUnit;
import dev.skyway.portal.approvals.RoutePreview;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.ui.kit.PageHeader;

/**
 * The new-account form: name, email, target OU (nested OUs shown as paths), the SSO user, owner team, cost center,
 * environment, monthly budget, baselines (with what each sets up), tags and justification. "Review" checks everything
 * on the server (each field shows its own message) and shows who will approve; "Submit" stores it and opens the
 * request. Nothing reaches AWS before approval. With {@code ?edit=<id>} it edits the caller's own pending request (or
 * one an approver sent back) and resubmits it.
 */
@Route("accounts/request")
@PageTitle("Request an AWS account · Skyway")
@Menu(order = 31, title = "Request account", icon = "vaadin:plus-circle-o")
@RolesAllowed({"ENGINEER", "PLATFORM_ADMIN"})
public class AccountRequestFormView extends Div implements BeforeEnterObserver {

    static final String EDIT = "edit";

    private final transient AccountRequests requests;

    final TextField accountName = new TextField("Account name");
    final TextField accountEmail = new TextField("Account root email");
    final Select<OrganizationalUnit> organizationalUnit = new Select<>();
    final TextField ssoUserFirstName = new TextField("SSO user first name");
    final TextField ssoUserLastName = new TextField("SSO user last name");
    final TextField ssoUserEmail = new TextField("SSO user email");
    final TextField ownerTeam = new TextField("Owner team");
    final TextField costCenter = new TextField("Cost center");
    final Select<String> environment = new Select<>();
    final BigDecimalField monthlyBudget = new BigDecimalField("Monthly budget (USD)");
    final CheckboxGroup<Baseline> baselines = new CheckboxGroup<>("Baselines");
    final TextArea tags = new TextArea("Tags");
    final TextArea justification = new TextArea("Justification");
    final Button review = new Button("Review");
    final Button submit = new Button("Submit request");
    final Div reviewSection = new Div();
    /** The request being edited (after an approver asked for changes); absent for a new request. */
    @Nullable UUID editing;
    private final FieldMessages messages = new FieldMessages(Map.ofEntries(Map.entry("accountName", accountName),
            Map.entry("accountEmail", accountEmail), Map.entry("organizationalUnitId", organizationalUnit),
            Map.entry("ssoUserFirstName", ssoUserFirstName), Map.entry("ssoUserLastName", ssoUserLastName),
            Map.entry("ssoUserEmail", ssoUserEmail), Map.entry("ownerTeam", ownerTeam),
            Map.entry("costCenter", costCenter), Map.entry("environment", environment),
            Map.entry("monthlyBudget", monthlyBudget), Map.entry("baseline", baselines)), tags, justification);

    AccountRequestFormView(AccountRequests requests, CurrentUser currentUser) {
        this.requests = requests;
        addClassName("page");
        add(new PageHeader("Request an AWS account", "Approvers see every value. The account is created after "
                + "approval, in queue order."));
        Div form = new Div();
        form.addClassName("request-form");
        form.setId("account-request-form");
        accountName.setId("account-name");
        accountName.setMaxLength(50);
        accountName.setHelperText("1-50 characters, e.g. payments-checkout-dev");
        accountEmail.setId("account-email");
        accountEmail.setMaxLength(64);
        accountEmail.setHelperText("Unique in AWS; a distribution list your team reads");
        organizationalUnit.setId("account-ou");
        organizationalUnit.setLabel("Organizational unit");
        List<OrganizationalUnit> units = requests.organizationalUnits();
        organizationalUnit.setItems(units);
        organizationalUnit.setItemLabelGenerator(u -> u.path().replace("/", " / ") + " (" + u.id() + ")");
        organizationalUnit.setEmptySelectionAllowed(false);
        ssoUserFirstName.setId("account-sso-first");
        ssoUserLastName.setId("account-sso-last");
        ssoUserEmail.setId("account-sso-email");
        ownerTeam.setId("account-owner-team");
        ownerTeam.setHelperText("Lower-case team id, e.g. payments");
        costCenter.setId("account-cost-center");
        environment.setId("account-environment");
        environment.setLabel("Environment");
        environment.setItems("dev", "staging", "prod");
        environment.setValue("dev");
        monthlyBudget.setId("account-budget");
        monthlyBudget.setHelperText("Alerts at 80% actual and 100% forecast");
        baselines.setId("account-baselines");
        baselines.setItems(requests.baselines());
        baselines.setItemLabelGenerator(b -> b.name() + " — " + b.description());
        baselines.setValue(java.util.Set.copyOf(requests.baselines().stream()
                .filter(b -> b.id().equals("security-baseline")).toList()));
        tags.setId("account-tags");
        tags.setHelperText("One key=value per line; owner-team, cost-center and environment are set for you");
        justification.setId("account-justification");
        justification.setMaxLength(2000);
        justification.setHelperText("Why the team needs the account; approvers read this");
        currentUser.find().ifPresent(u -> {
            if (u.team() != null) {
                ownerTeam.setValue(u.team());
            }
            if (u.email() != null) {
                ssoUserEmail.setValue(u.email());
            }
            String[] names = u.name().split(" ", 2);
            ssoUserFirstName.setValue(names[0]);
            if (names.length > 1) {
                ssoUserLastName.setValue(names[1]);
            }
        });
        form.add(new H2("Account"), accountName, accountEmail, organizationalUnit, environment);
        form.add(new H2("Access"), ssoUserFirstName, ssoUserLastName, ssoUserEmail);
        form.add(new H2("Ownership and cost"), ownerTeam, costCenter, monthlyBudget, tags);
        form.add(new H2("Baselines"), baselines);
        form.add(new H2("Why"), justification);
        add(form);
        List.of(accountName, accountEmail, ssoUserFirstName, ssoUserLastName, ssoUserEmail, ownerTeam, costCenter,
                tags, justification).forEach(f -> f.addValueChangeListener(e -> submit.setEnabled(false)));
        organizationalUnit.addValueChangeListener(e -> submit.setEnabled(false));
        environment.addValueChangeListener(e -> submit.setEnabled(false));
        monthlyBudget.addValueChangeListener(e -> submit.setEnabled(false));
        baselines.addValueChangeListener(e -> submit.setEnabled(false));
        review.setId("account-review");
        review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        review.addClickListener(e -> review());
        submit.setId("account-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        submit.setEnabled(false);
        submit.addClickListener(e -> submit());
        reviewSection.setId("account-review-section");
        add(review, reviewSection, submit);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(EDIT).ifPresent(this::edit);
    }

    /** Fills the form with the caller's own editable request; a new request otherwise. */
    void edit(String id) {
        AccountRequest r;
        try {
            r = requests.get(UUID.fromString(id));
        } catch (IllegalArgumentException | AccessDeniedException e) {
            return;
        }
        if (!r.lifecycle().editable()) {
            return;
        }
        editing = r.id();
        accountName.setValue(r.accountName());
        accountEmail.setValue(r.accountEmail());
        organizationalUnit.getListDataView().getItems().filter(u -> u.id().equals(r.placement().id()))
                .findFirst().ifPresent(organizationalUnit::setValue);
        ssoUserFirstName.setValue(r.ssoUser().firstName());
        ssoUserLastName.setValue(r.ssoUser().lastName());
        ssoUserEmail.setValue(r.ssoUser().email());
        ownerTeam.setValue(r.ownership().team());
        costCenter.setValue(r.ownership().costCenter());
        environment.setValue(r.ownership().environment());
        monthlyBudget.setValue(r.monthlyBudget());
        baselines.setValue(java.util.Set.copyOf(requests.baselines().stream().filter(b -> r.baselines().stream()
                .anyMatch(d -> d.baselineId().equals(b.id()))).toList()));
        tags.setValue(String.join("\n", r.tags().entrySet().stream().map(t -> t.getKey() + "=" + t.getValue())
                .toList()));
        justification.setValue(r.justification());
        submit.setText("Resubmit request");
        if (r.progress().reason() != null) {
            Paragraph asked = new Paragraph("Changes asked for: " + r.progress().reason());
            asked.setId("account-changes-asked");
            addComponentAtIndex(1, asked);
        }
    }

    /** The form's values; malformed tag lines are reported by {@link TagLines#problems}. */
    NewAccountRequest request() {
        OrganizationalUnit unit = organizationalUnit.getValue();
        List<String> chosen = requests.baselines().stream().filter(baselines.getValue()::contains)
                .map(Baseline::id).toList();
        return new NewAccountRequest(accountName.getValue(), accountEmail.getValue(), unit == null ? null : unit.id(),
                ssoUserFirstName.getValue(), ssoUserLastName.getValue(), ssoUserEmail.getValue(), ownerTeam.getValue(),
                costCenter.getValue(), environment.getValue(), monthlyBudget.getValue(), chosen,
                TagLines.parse(tags.getValue()), justification.getValue());
    }

    void review() {
        NewAccountRequest request = request();
        reviewSection.removeAll();
        List<AccountRequestViolation> violations = new ArrayList<>(TagLines.problems(tags.getValue()));
        violations.addAll(requests.check(request).stream().filter(v -> editing == null
                || !"DUPLICATE".equals(v.rule()) || !v.message().contains("open account request")).toList());
        if (!showViolations(violations)) {
            submit.setEnabled(false);
            return;
        }
        reviewSection.add(new H2("Review"));
        reviewSection.add(new Paragraph("A " + request.environment() + " account " + request.accountName() + " in "
                + organizationalUnit.getValue().path() + " with a monthly budget of "
                + request.monthlyBudget().toPlainString() + " USD."));
        RoutePreview route = requests.preview(request);
        if (route.autoApproved()) {
            reviewSection.add(new Paragraph("Approved automatically (rule " + route.ruleName() + ")."));
        } else {
            UnorderedList stages = new UnorderedList();
            route.stages().forEach(s -> stages.add(new ListItem(s.name() + ": " + String.join(", ", s.approvers()))));
            reviewSection.add(new Paragraph("Who will approve (rule " + route.ruleName() + "):"), stages);
        }
        submit.setEnabled(true);
    }

    void submit() {
        List<AccountRequestViolation> tagProblems = TagLines.problems(tags.getValue());
        if (!tagProblems.isEmpty()) {
            showViolations(tagProblems);
            submit.setEnabled(false);
            return;
        }
        try {
            AccountRequest created = editing == null ? requests.submit(request())
                    : requests.resubmit(editing, request());
            getUI().ifPresent(ui -> ui.navigate(AccountRequestDetailView.class,
                    new RouteParameters(AccountRequestDetailView.ID, created.id().toString())));
        } catch (AccountRequestValidationException e) {
            showViolations(e.violations());
            submit.setEnabled(false);
        }
    }

    /** Puts each message on its field; true when there were none. */
    boolean showViolations(List<AccountRequestViolation> violations) {
        return messages.show(violations);
    }
}
