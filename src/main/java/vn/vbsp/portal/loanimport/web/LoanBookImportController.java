package vn.vbsp.portal.loanimport.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import vn.vbsp.portal.loanimport.domain.ImportJob;
import vn.vbsp.portal.loanimport.domain.ImportJobs;
import vn.vbsp.portal.loanimport.domain.Limits;
import vn.vbsp.portal.shared.DateText;
import vn.vbsp.portal.shared.MessageKey;
import vn.vbsp.portal.user.CurrentUser;
import vn.vbsp.portal.shared.SubmitOnce;

/**
 * CONTRACT §4: the loan-book import. {@code POST /imports/loan-book} checks and writes the file and answers with the
 * result page once done. The page's script instead posts to {@code /imports/loan-book/jobs}, which starts the import
 * in the background and answers at once, then polls the job's status to show progress and opens the result page when
 * it has ended. Without the script the form still works, only without a progress bar.
 */
@Controller
@RequestMapping("/imports/loan-book")
class LoanBookImportController {

    private final ImportJobs jobs;
    private final MessageSource messages;
    private final Clock clock;
    private final long maxBytes;

    LoanBookImportController(ImportJobs jobs, MessageSource messages, Clock clock,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.jobs = jobs;
        this.messages = messages;
        this.clock = clock;
        this.maxBytes = maxFileSize.toBytes();
    }

    @GetMapping
    String form(@RequestParam(required = false) String tooLarge, Model model) {
        model.addAttribute("asOf", DateText.write(LocalDate.now(clock)));
        model.addAttribute("tooLarge", tooLarge != null);
        return page(model);
    }

    @PostMapping
    @SubmitOnce(required = false)
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String asOf,
            Model model) throws IOException {
        model.addAttribute("asOf", asOf);
        Optional<String> refusal = refusal(file, asOf);
        if (refusal.isPresent()) {
            model.addAttribute("formError", refusal.get());
            return page(model);
        }
        ImportJob job = jobs.run(copy(file), name(file), DateText.read(asOf), CurrentUser.username());
        model.addAttribute("job", job);
        return page(model);
    }

    @PostMapping("/jobs")
    @SubmitOnce(required = false)
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    @ResponseBody
    ResponseEntity<Map<String, Object>> start(@RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String asOf) throws IOException {
        Optional<String> refusal = refusal(file, asOf);
        if (refusal.isPresent()) {
            return ResponseEntity.badRequest().body(Map.of("error", refusal.get()));
        }
        Path copy = copy(file);
        Optional<ImportJob> job = jobs.start(copy, name(file), DateText.read(asOf), CurrentUser.username());
        if (job.isEmpty()) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("error", text(MessageKey.of("loanimport.form.busy"))));
        }
        return ResponseEntity.accepted().body(status(job.get()));
    }

    @GetMapping("/jobs/{id}/status")
    @ResponseBody
    Map<String, Object> status(@PathVariable String id) {
        return status(job(id));
    }

    @GetMapping("/jobs/{id}")
    String result(@PathVariable String id, Model model) {
        ImportJob job = job(id);
        model.addAttribute("asOf", DateText.write(job.asOf()));
        model.addAttribute("job", job);
        return page(model);
    }

    private ImportJob job(String id) {
        return jobs.find(id, CurrentUser.username()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Map<String, Object> status(ImportJob job) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("id", job.id());
        status.put("finished", job.finished());
        status.put("phase", text(MessageKey.of(job.phase())));
        status.put("rowsRead", job.rowsRead());
        status.put("percentRead", job.percentRead());
        status.put("statusUrl", "/imports/loan-book/jobs/" + job.id() + "/status");
        status.put("resultUrl", "/imports/loan-book/jobs/" + job.id());
        return status;
    }

    /** Why the form cannot be taken (no file, no date or not one, a date still to come), or empty. */
    private Optional<String> refusal(MultipartFile file, String asOf) {
        if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
            return Optional.of(text(MessageKey.of("loanimport.form.file-required")));
        }
        if (asOf == null || asOf.isBlank()) {
            return Optional.of(text(MessageKey.of("loanimport.form.as-of-required")));
        }
        try {
            LocalDate date = DateText.read(asOf);
            if (date.isAfter(LocalDate.now(clock))) {
                return Optional.of(text(MessageKey.of("loanimport.form.as-of-future")));
            }
        } catch (IllegalArgumentException e) {
            return Optional.of(text(MessageKey.of("loanimport.form.as-of")));
        }
        return Optional.empty();
    }

    /** The file's name as the user's computer gave it (without any folder), or "?" when it gave none. */
    private static String name(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "?";
        }
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    /** The upload copied where the import can read it after the request has ended; deleted by the import. */
    private static Path copy(MultipartFile file) throws IOException {
        Path copy = Files.createTempFile("loan-book-", ".upload");
        try {
            file.transferTo(copy);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        return copy;
    }

    private String page(Model model) {
        model.addAttribute("maxBytes", maxBytes);
        model.addAttribute("maxMegabytes", maxBytes / (1024 * 1024));
        model.addAttribute("maxShown", Limits.MAX_SHOWN_ERRORS);
        return "loanimport/form";
    }

    private String text(MessageKey msg) {
        return messages.getMessage(msg.key(), msg.argArray(), LocaleContextHolder.getLocale());
    }
}
