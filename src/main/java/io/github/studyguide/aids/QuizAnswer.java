package io.github.studyguide.aids;

import java.util.List;

/**
 * The answer to one quiz question, for the answer key.
 *
 * @param questionId the id of the question in the guide, which the answer key links back to
 * @param label "Question 3", as the author numbered it
 * @param options every option of the question, in order, with what the author wrote about it
 */
public record QuizAnswer(String questionId, String label, List<Option> options) {

    public QuizAnswer {
        options = List.copyOf(options);
    }

    /** The letters of the correct options, "B" or "B, D"; empty when the author marked none. */
    public String letters() {
        return String.join(", ", options.stream().filter(Option::correct).map(option -> String.valueOf(option.letter())).toList());
    }

    /**
     * @param letter the option's letter, as labelled by the author or by its place
     * @param textXhtml the option as the question shows it, label included
     * @param correct whether a sub-item marks it "Correct:"
     * @param explanationsXhtml the "Correct:" and "Incorrect:" sub-items, as written
     */
    public record Option(char letter, String textXhtml, boolean correct, List<String> explanationsXhtml) {

        public Option {
            explanationsXhtml = List.copyOf(explanationsXhtml);
        }
    }
}
