package dev.skyway.portal.approvals.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.approvals.PolicyChanged;
import dev.skyway.portal.approvals.PolicyProblem;
import dev.skyway.portal.approvals.PolicyVersion;
import dev.skyway.portal.approvals.RoutePreview;
import dev.skyway.portal.approvals.SubjectAttributes;
import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.identity.PortalUser;

/** Validates, saves and previews policy documents. */
@Service
public class PolicyEditor {

    private final PolicyParser parser;
    private final PolicyVersions versions;
    private final PolicyStore store;
    private final StageFactory stageFactory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PolicyEditor(PolicyParser parser, PolicyVersions versions, PolicyStore store, StageFactory stageFactory,
                 ApplicationEventPublisher events, Clock clock) {
        this.parser = parser;
        this.versions = versions;
        this.store = store;
        this.stageFactory = stageFactory;
        this.events = events;
        this.clock = clock;
    }

    public List<PolicyProblem> validate(@Nullable String document) {
        return parser.problems(document);
    }

    /** @throws dev.skyway.portal.approvals.InvalidPolicyException when the document is not valid */
    @Transactional
    public PolicyVersion save(String document, @Nullable String note, PortalUser editor) {
        parser.parse(document);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 500) {
            throw new IllegalArgumentException("note: at most 500 characters");
        }
        int version = versions.insertNext(document, clock.instant(), editor.username(), cleanNote);
        events.publishEvent(new PolicyChanged(UUID.randomUUID().toString(), version, cleanNote,
                AuditActor.of(editor)));
        return versions.find(version).orElseThrow();
    }

    @Transactional(readOnly = true)
    public PolicyVersion current() {
        return versions.latest().orElseThrow(() -> new IllegalStateException("No approval policy is installed"));
    }

    @Transactional(readOnly = true)
    public List<PolicyVersion> history(int offset, int limit) {
        return versions.history(offset, limit);
    }

    @Transactional(readOnly = true)
    public int countVersions() {
        return versions.count();
    }

    /** Routes with the current policy, or with {@code document} when one is given (a draft). */
    @Transactional(readOnly = true)
    public RoutePreview preview(String subjectType, SubjectAttributes subject, @Nullable String document) {
        PolicyStore.Current current = document == null ? store.current()
                : new PolicyStore.Current(0, parser.parse(document));
        Policy.Rule rule = PolicyRouter.route(current.policy(), subjectType, subject);
        return new RoutePreview(current.version(), rule.name(), rule.autoApprove(),
                rule.stages().stream().map(s -> stageFactory.preview(s, subject)).toList());
    }
}
