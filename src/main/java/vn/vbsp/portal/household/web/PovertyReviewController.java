package vn.vbsp.portal.household.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;
import vn.vbsp.portal.household.domain.PovertyListException;
import vn.vbsp.portal.household.domain.PovertyReview;
import vn.vbsp.portal.household.domain.PovertyReviewPreview;
import vn.vbsp.portal.household.domain.PovertyReviewResult;

/**
 * The yearly poverty review: upload the Labour office's list, look at what it would change, confirm. The file waits
 * in the session under a token that confirming consumes, so a second click applies nothing.
 */
@Controller
@RequestMapping("/households/poverty-review")
@PreAuthorize("hasAnyRole('ADMIN','STAFF')")
class PovertyReviewController {

    static final String PENDING = PovertyReviewController.class.getName() + ".pending";
    private static final String UPLOAD = "household/review-upload";

    private final PovertyReview review;
    private final long maxMegabytes;

    PovertyReviewController(PovertyReview review,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.review = review;
        this.maxMegabytes = maxFileSize.toBytes() / (1024 * 1024);
    }

    /** The upload form; {@code tooLarge} when the last file was refused by size ({@link PovertyReviewTooLargeFilter}). */
    @GetMapping
    String upload(@RequestParam(required = false) String tooLarge, Model model) {
        model.addAttribute("tooLarge", tooLarge != null);
        model.addAttribute("maxMegabytes", maxMegabytes);
        return UPLOAD;
    }

    @PostMapping
    String preview(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session,
            Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("uploadError", "household.review.error.empty");
            return UPLOAD;
        }
        String fileName = StringUtils.getFilename(StringUtils.cleanPath(String.valueOf(file.getOriginalFilename())));
        byte[] content = file.getBytes();
        PovertyReviewPreview preview;
        try {
            preview = review.preview(content, fileName);
        } catch (PovertyListException e) {
            model.addAttribute("uploadError", e.messageKey());
            model.addAttribute("uploadErrorDetail", e.detail());
            return UPLOAD;
        }
        if (preview.confirmable()) {
            String token = UUID.randomUUID().toString();
            session.setAttribute(PENDING, new PendingReview(token, fileName, content));
            model.addAttribute("token", token);
        } else {
            session.removeAttribute(PENDING);
        }
        model.addAttribute("preview", preview);
        return "household/review-preview";
    }

    @PostMapping("/confirm")
    String confirm(@RequestParam String token, HttpSession session, RedirectAttributes redirect) {
        PendingReview pending;
        synchronized (WebUtils.getSessionMutex(session)) {
            pending = (PendingReview) session.getAttribute(PENDING);
            if (pending == null || !pending.token().equals(token)) {
                redirect.addFlashAttribute("flashError", "household.review.error.token");
                return "redirect:/households/poverty-review";
            }
            session.removeAttribute(PENDING);
        }
        try {
            PovertyReviewResult result = review.apply(pending.content(), pending.fileName());
            redirect.addFlashAttribute("flash", "household.review.flash.applied");
            redirect.addFlashAttribute("reviewResult", result);
        } catch (PovertyListException e) {
            redirect.addFlashAttribute("flashError", "household.review.error.not-applied");
        }
        return "redirect:/households/poverty-review";
    }
}
