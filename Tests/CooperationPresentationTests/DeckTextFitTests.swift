import TestFixtures
import CooperationCore
import CooperationFormats
import CooperationPresentation
import Foundation
import Testing

/// Every title, subtitle and caption of the Poznań deck, in both languages, fits its text box:
/// each line measured with the font's own advance widths (Pillow over FreeType, reading the
/// font file fontconfig gives for the deck's font, independently of the Pango measure the deck
/// is made with), at its run's size, against the box's width less its insets; and the lines,
/// at 1.17 em each (DejaVu Sans's ascent plus descent), against its height.
@Suite(.serialized) struct DeckTextFitTests {
    static let measure = """
    import json, subprocess, sys
    from pptx import Presentation
    from PIL import ImageFont
    def font(bold):
        path = subprocess.run(['fc-match', '-f', '%{file}', 'DejaVu Sans' + (':bold' if bold else '')], capture_output=True, text=True).stdout
        return ImageFont.truetype(path, 1000)
    fonts = {False: font(False), True: font(True)}
    A = '{http://schemas.openxmlformats.org/drawingml/2006/main}'
    boxes = []
    for number, slide in enumerate(Presentation(sys.argv[1]).slides, start=1):
        for shape in slide.shapes:
            if shape.name not in ('Title', 'Subtitle', 'Caption') or not shape.has_text_frame:
                continue
            body = shape._element.find('.//' + A + 'bodyPr')
            inset = lambda key, default: int(body.get(key, default))
            width = (shape.width - inset('lIns', 91440) - inset('rIns', 91440)) / 12700
            height = (shape.height - inset('tIns', 45720) - inset('bIns', 45720)) / 12700
            lines, used = [], 0.0
            for paragraph in shape.text_frame.paragraphs:
                runs = [run for run in paragraph.runs if run.text]
                if not runs:
                    continue
                size = max(run.font.size.pt for run in runs)
                measured = sum(fonts[bool(run.font.bold)].getlength(run.text) / 1000 * run.font.size.pt for run in runs)
                lines.append({'text': paragraph.text, 'width': measured})
                used += size * 1.17
            boxes.append({'slide': number, 'name': shape.name, 'width': width, 'height': height, 'lines': lines, 'used': used})
    print(json.dumps(boxes))
    """

    struct Line: Decodable { let text: String; let width: Double }
    struct Box: Decodable {
        let slide: Int
        let name: String
        let width: Double, height: Double
        let lines: [Line]
        let used: Double
    }

    @Test(arguments: Language.allCases)
    func titlesSubtitlesAndCaptionsStayInsideTheirBoxes(_ language: Language) throws {
        // Poznań, and a 60-partner city whose views are split into parts, each part's caption
        // naming what it holds: captions long enough to test.
        var boxes: [Box] = []
        for (index, dataset) in [try DatasetLoader.load([Fixtures.poznanYAML]), SlideLegibilityTests.generated(partners: 60, continents: 6)].enumerated() {
            let file = try Fixtures.temporaryFolder().appendingPathComponent("deck-\(index).pptx")
            try SlideDeck(pack: ReportPack(dataset: dataset, language: language)).data().write(to: file)
            let found = try JSONDecoder().decode([Box].self, from: Fixtures.python(Self.measure, arguments: [file.path]))
            #expect(found.filter { $0.name == "Title" }.count > 8)
            boxes += found
        }
        let captions = boxes.filter { $0.name == "Caption" }
        #expect(captions.count >= 3)
        for box in boxes {
            #expect(!box.lines.isEmpty, "slide \(box.slide): \(box.name) is empty")
            for line in box.lines {
                #expect(line.width <= box.width, "slide \(box.slide): \(box.name) “\(line.text)” is \(line.width) pt in \(box.width) pt")
            }
            #expect(box.used <= box.height + 0.5, "slide \(box.slide): \(box.name) needs \(box.used) pt of \(box.height) pt")
            if box.name == "Title" { #expect(box.lines.count == 1, "slide \(box.slide): the title is on \(box.lines.count) lines") }
        }
    }
}
