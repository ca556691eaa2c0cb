#pragma once

#include "HtmlSanitizer.h"
#include "tst_html_safety.h"

#include <QObject>
#include <QTest>

// Every sanitiser output a test sees is also re-checked for well-formedness
// and allowlist conformance, so each case doubles as a serialiser test.
#define CHECK_SAFE(html, remoteAllowed)                                                      \
    do {                                                                                     \
        const QString problem_ = repdesk::htmltest::checkOutput((html), (remoteAllowed));    \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_ + QStringLiteral("\n  output: ") + (html).left(400))); \
    } while (false)

class TestHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // tst_html.cpp: dangerous content
    void scriptsRemoved_data();
    void scriptsRemoved();
    void eventHandlersRemoved_data();
    void eventHandlersRemoved();
    void dangerousLinksRemoved_data();
    void dangerousLinksRemoved();
    void safeLinksKept_data();
    void safeLinksKept();
    void dangerousElementsRemoved_data();
    void dangerousElementsRemoved();
    void removedElementsCounted();
    void commentsRemoved_data();
    void commentsRemoved();
    void inlineStyle_data();
    void inlineStyle();
    void styleBlocksRemoved_data();
    void styleBlocksRemoved();
    void attributesFiltered_data();
    void attributesFiltered();

    // tst_html_images.cpp
    void remoteImagesBlocked();
    void remoteImagesAllowed();
    void editorDropsRemoteImages();
    void inlineImages_data();
    void inlineImages();
    void unusableImageSources_data();
    void unusableImageSources();

    // tst_html_text.cpp
    void linksCollected();
    void escape_data();
    void escape();
    void plainTextToHtml_data();
    void plainTextToHtml();
    void toPlainText_data();
    void toPlainText();
    void toPlainTextLimit();
    void unicodeAndRtl_data();
    void unicodeAndRtl();
    void elementMapping_data();
    void elementMapping();
    void preWhitespaceSurvivesReparse();

    // tst_html_robustness.cpp
    void malformed_data();
    void malformed();
    void randomFragments();
    void deepNesting_data();
    void deepNesting();
    void hugeInput_data();
    void hugeInput();
    void hostileCodeUnits();
    void markupGuardModes_data();
    void markupGuardModes();
    void cloningBlowupBounded();
    void emptyInput();
    void performance();
};
