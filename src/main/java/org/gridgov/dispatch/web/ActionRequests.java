package org.gridgov.dispatch.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Bodies of the case actions. Photos are SHA-256 hex ids from intake's photo endpoint. */
final class ActionRequests {

    static final String PHOTO_ID = "^[0-9a-f]{64}$";

    private ActionRequests() {
    }

    /** accept, resolve, close, register, grant-extension. */
    @Serdeable
    record NoteRequest(@Nullable @Size(max = 2000) String note,
                       @Nullable @Size(max = 20) List<@Pattern(regexp = PHOTO_ID) String> photos) {
        List<String> photoIds() {
            return photos == null ? List.of() : photos;
        }
    }

    /** return, reject, reopen, escalate, refuse-extension. */
    @Serdeable
    record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    @Serdeable
    record HandlerRequest(@NotBlank @Size(max = 64) String handler) {
    }

    @Serdeable
    record DepartmentRequest(@NotBlank @Pattern(regexp = "^[A-Z0-9_-]{2,40}$") String department) {
    }

    @Serdeable
    record ExtensionRequest(@NotNull @Min(1) @Max(10) Integer workingDays, @NotBlank @Size(max = 2000) String reason) {
    }

    @Serdeable
    record VerifyRequest(@NotNull Boolean passed, @Nullable @Size(max = 2000) String note,
                         @NotEmpty @Size(max = 20) List<@Pattern(regexp = PHOTO_ID) String> photos) {
    }

    /** 属实: what the worker saw on site, with photos. */
    @Serdeable
    record ConfirmRequest(@Nullable @Size(max = 2000) String note,
                          @Nullable @Size(max = 20) List<@Pattern(regexp = PHOTO_ID) String> photos) {
        List<String> photoIds() {
            return photos == null ? List.of() : photos;
        }
    }

    /** 不属实: why the report does not hold, with photos. */
    @Serdeable
    record DenyRequest(@NotBlank @Size(max = 2000) String reason,
                       @Nullable @Size(max = 20) List<@Pattern(regexp = PHOTO_ID) String> photos) {
        List<String> photoIds() {
            return photos == null ? List.of() : photos;
        }
    }

    /** 缓办: why, and the local day (yyyy-MM-dd, Asia/Shanghai) the case resumes by itself. */
    @Serdeable
    record DeferRequest(@NotBlank @Size(max = 2000) String reason,
                        @NotBlank @Pattern(regexp = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", message = "must be a date yyyy-MM-dd") String resumeOn) {
    }

    /** 恢复办理: the township says why the case may go on (the higher decision, for 挂账). */
    @Serdeable
    record ResumeRequest(@NotBlank @Size(max = 2000) String note) {
    }

    @Serdeable
    record RatingRequest(@NotNull @Pattern(regexp = "satisfied|basically_satisfied|dissatisfied") String rating,
                         @Nullable @Size(max = 2000) String note) {
    }
}
