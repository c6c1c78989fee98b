package vn.vbsp.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vbsp.portal.support.PortalTest;

@PortalTest
class PdfDocumentsTests {

    @Autowired
    PdfDocuments pdf;

    @Test
    void printsVietnameseWithMessagesMoneyAndPageNumbers() throws IOException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            names.add(i == 0 ? "Nguyễn Thị Hồng" : "Trần Văn Đức " + i);
        }
        byte[] bytes = pdf.render("shared/pdf-sample",
                Map.of("title", "Danh sách hộ vay", "amount", Money.of(1_250_000), "names", names), Locale.forLanguageTag("vi"));

        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            String text = text(document);
            assertThat(text).contains("Nguyễn Thị Hồng", "Danh sách hộ vay", "1.250.000 ₫", "Trần Văn Đức 119")
                    .contains("Trang 1/" + pages, "Trang " + pages + "/" + pages);
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.getName()).contains("DejaVuSans");
            assertThat(font.isEmbedded()).isTrue();
            assertThat(document.getPage(0).getMediaBox().getHeight())
                    .isGreaterThan(document.getPage(0).getMediaBox().getWidth());
        }
    }

    /** The text in reading order (the page footer is drawn last, at the foot of the page). */
    static String text(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(document);
    }

    @Test
    void theEnglishPortalNumbersPagesInEnglish() throws IOException {
        byte[] bytes = pdf.render("shared/pdf-sample",
                Map.of("title", "Borrowers", "amount", Money.of(5), "names", List.of("Nguyễn Thị Hồng")), Locale.ENGLISH);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text(document)).contains("Page 1/1", "Nguyễn Thị Hồng");
        }
    }
}
