package vn.vbsp.portal.loanimport.domain;

import java.util.List;

/** Receives the records of a file one by one: the header first, then each data record with its line in the file. */
interface RecordHandler {

    void header(List<String> names);

    /**
     * A data record.
     *
     * @param line    the line in the file where the record starts (the header being line 1)
     * @param fields  its fields, as many as the record has
     * @param flaw    what is wrong with the record's form (a quote out of place, too many fields), or null
     */
    void record(int line, List<String> fields, Msg flaw);
}
