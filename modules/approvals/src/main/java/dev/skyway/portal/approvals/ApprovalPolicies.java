package dev.skyway.portal.approvals;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.skyway.portal.approvals.internal.PolicyEditor;
import dev.skyway.portal.platform.identity.CurrentUser;

/** Approval policies as data: read, validate, save as a new version, preview. For {@code PLATFORM_ADMIN} only. */
@Service
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
public class ApprovalPolicies {

    private final PolicyEditor editor;
    private final CurrentUser currentUser;

    ApprovalPolicies(PolicyEditor editor, CurrentUser currentUser) {
        this.editor = editor;
        this.currentUser = currentUser;
    }

    /** The policy new subjects are routed by. */
    public PolicyVersion current() {
        return editor.current();
    }

    /** Newest first. */
    public List<PolicyVersion> history(int offset, int limit) {
        return editor.history(offset, Math.clamp(limit, 0, 1_000));
    }

    public int countVersions() {
        return editor.countVersions();
    }

    /** Every problem of a document (field path and rule); empty when it is valid. */
    public List<PolicyProblem> validate(@Nullable String document) {
        return editor.validate(document);
    }

    /**
     * Saves a valid document as the next version; processes already started keep the version that routed them.
     *
     * @throws InvalidPolicyException listing every problem
     */
    public PolicyVersion save(String document, @Nullable String note) {
        return editor.save(document, note, currentUser.get());
    }

    /**
     * Routes example attributes with the current policy, or with {@code draftDocument} when one is given.
     *
     * @throws InvalidPolicyException when the draft is not valid
     */
    public RoutePreview preview(String subjectType, SubjectAttributes attributes, @Nullable String draftDocument) {
        return editor.preview(SubjectRef.required(subjectType, "subject type"), attributes, draftDocument);
    }
}
