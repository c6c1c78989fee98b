package vn.vbsp.portal.daysheet.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import vn.vbsp.portal.collection.CollectionDesk;
import vn.vbsp.portal.collection.DaySheets;
import vn.vbsp.portal.daysheet.domain.PrintedDay;
import vn.vbsp.portal.daysheet.domain.SheetFiles;
import vn.vbsp.portal.daysheet.domain.SheetUpload;
import vn.vbsp.portal.daysheet.domain.WrongLine;
import vn.vbsp.portal.shared.MessageKey;
import vn.vbsp.portal.shared.PdfDocuments;
import vn.vbsp.portal.user.CurrentUser;

/** The 13/TD sheet of a commune's day as files (CONTRACT §7) and as a printed document. */
@Controller
@RequestMapping("/transaction-days/{communeCode}/{date}")
@PreAuthorize("hasAnyRole('ADMIN','STAFF','DIRECTOR')")
class DaySheetController {

    /** A shown wrong line: where, which loan, what (already in the reader's language). */
    record ShownLine(int line, String loanNo, String text) {
    }

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final int MAX_REASON = 500;

    private final CollectionDesk desk;
    private final SheetFiles files;
    private final SheetUpload upload;
    private final PdfDocuments pdf;
    private final MessageSource messages;
    private final long maxMegabytes;

    DaySheetController(CollectionDesk desk, SheetFiles files, SheetUpload upload, PdfDocuments pdf,
            MessageSource messages, @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.desk = desk;
        this.files = files;
        this.upload = upload;
        this.pdf = pdf;
        this.messages = messages;
        this.maxMegabytes = maxFileSize.toBytes() / (1024 * 1024);
    }

    @GetMapping("/sheet.csv")
    ResponseEntity<byte[]> csv(@PathVariable String communeCode, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return download(files.csv(day(communeCode, date)), CSV, fileName(communeCode, date, "csv"));
    }

    @GetMapping("/sheet.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String communeCode, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return download(files.xlsx(day(communeCode, date)), XLSX, fileName(communeCode, date, "xlsx"));
    }

    @GetMapping("/sheets/print")
    String print(@PathVariable String communeCode, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Model model) {
        model.addAttribute("printed", PrintedDay.of(day(communeCode, date)));
        return "daysheet/print";
    }

    @GetMapping("/sheet.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String communeCode, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Locale locale) {
        byte[] document = pdf.render("daysheet/print", Map.of("printed", PrintedDay.of(day(communeCode, date))), locale);
        return PdfDocuments.download(document, fileName(communeCode, date, "pdf"));
    }

    @GetMapping("/sheet")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String form(@PathVariable String communeCode, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String tooLarge, Model model) {
        model.addAttribute("tooLarge", tooLarge != null);
        return page(day(communeCode, date), model);
    }

    @PostMapping("/sheet")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String upload(@PathVariable String communeCode, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String reason,
            Model model, Locale locale) throws IOException {
        DaySheets day = day(communeCode, date);
        model.addAttribute("reason", reason);
        if (file == null || file.isEmpty()) {
            model.addAttribute("formError", messages.getMessage("daysheet.upload.no-file", null, locale));
            return page(day, model);
        }
        if (reason != null && reason.length() > MAX_REASON) {
            model.addAttribute("formError", messages.getMessage("daysheet.upload.reason-too-long",
                    new Object[] {MAX_REASON}, locale));
            return page(day, model);
        }
        String name = baseName(file.getOriginalFilename());
        SheetUpload.Result result = upload.upload(communeCode, date, reason, file.getBytes(), name,
                CurrentUser.username());
        model.addAttribute("fileName", name);
        model.addAttribute("outcome", result.posted());
        model.addAttribute("wrong", shown(result.wrong(), locale));
        return page(day, model);
    }

    private String page(DaySheets day, Model model) {
        model.addAttribute("day", day);
        model.addAttribute("maxMegabytes", maxMegabytes);
        return "daysheet/upload";
    }

    private DaySheets day(String communeCode, LocalDate date) {
        try {
            return desk.sheets(communeCode, date, CurrentUser.scope());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private List<ShownLine> shown(List<WrongLine> wrong, Locale locale) {
        List<ShownLine> shown = new ArrayList<>(wrong.size());
        for (WrongLine line : wrong) {
            String text = text(line.problem(), locale);
            ShownLine last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
            if (last != null && last.line() == line.line() && line.line() > 0) {
                shown.set(shown.size() - 1, new ShownLine(last.line(), last.loanNo(), last.text() + "; " + text));
            } else {
                shown.add(new ShownLine(line.line(), line.loanNo(), text));
            }
        }
        return shown;
    }

    private String text(MessageKey message, Locale locale) {
        Object[] args = message.args().stream()
                .map(arg -> arg instanceof MessageKey inner ? text(inner, locale) : arg).toArray();
        return messages.getMessage(message.key(), args, message.key(), locale);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }

    private static String fileName(String communeCode, LocalDate date, String extension) {
        return "13TD-" + communeCode.replaceAll("[^A-Za-z0-9_-]", "") + "-" + date + "." + extension;
    }

    private static String baseName(String name) {
        if (name == null) {
            return "";
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return base.length() > 200 ? base.substring(0, 200) : base;
    }
}
