package vn.vbsp.portal.loanimport.domain;

/** Where an import stands, for the page that shows it while it runs. */
public interface ImportProgress {

    /** The step now running, as a message key ({@code loanimport.phase.*}). */
    void phase(String phaseKey);

    void rowsRead(int rows);

    void bytesRead(long bytes);

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void phase(String phaseKey) {
        }

        @Override
        public void rowsRead(int rows) {
        }

        @Override
        public void bytesRead(long bytes) {
        }
    };
}
