package dev.skyway.portal.compliance;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.skyway.portal.compliance.internal.frameworks.FrameworkParser;
import dev.skyway.portal.compliance.internal.frameworks.FrameworkRows;
import dev.skyway.portal.compliance.internal.frameworks.ParsedFramework;
import dev.skyway.portal.compliance.internal.frameworks.RequirementDetails;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;
import dev.skyway.portal.platform.identity.CurrentUser;

/**
 * Frameworks (standards, benchmarks, a company's own baseline) in Prowler's compliance JSON: security and platform
 * admins upload them, everyone reads them. Uploading the same framework, version and provider again replaces its
 * requirements.
 */
@Service
public class ComplianceFrameworks {

    private final FrameworkRows rows;
    private final RequirementDetails requirements;
    private final CurrentUser currentUser;
    private final AuditLedger audit;

    ComplianceFrameworks(FrameworkRows rows, RequirementDetails requirements, CurrentUser currentUser,
                         AuditLedger audit) {
        this.rows = rows;
        this.requirements = requirements;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * Stores a framework file; requirement ids that appear more than once are merged (see
     * {@link Framework#merged()}), never refused.
     *
     * @throws InvalidFrameworkException naming every structural problem (nothing is stored)
     */
    @PreAuthorize(Roles.SECURITY)
    public FrameworkUpload upload(InputStream body) {
        ParsedFramework parsed = FrameworkParser.parse(body);
        FrameworkUpload upload = rows.save(parsed, Framework.UPLOAD, currentUser.get().username());
        audit.append(AuditRecord.of(upload.created() ? "compliance.framework-uploaded"
                        : "compliance.framework-replaced", "framework", upload.framework().id().toString(),
                Map.of("framework", parsed.framework(), "version", parsed.version(),
                        "requirements", parsed.requirements().size(), "merged", upload.framework().merged())));
        return upload;
    }

    @PreAuthorize(Roles.READERS)
    public List<Framework> all() {
        return rows.all();
    }

    @PreAuthorize(Roles.READERS)
    public Optional<Framework> find(UUID id) {
        return rows.find(id);
    }

    /** A framework's requirements in its file's order (empty for an unknown framework). */
    @PreAuthorize(Roles.READERS)
    public List<Requirement> requirements(UUID frameworkId) {
        return requirements.of(frameworkId);
    }
}
