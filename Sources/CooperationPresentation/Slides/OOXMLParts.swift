import CooperationCore
/// The fixed parts of a PowerPoint deck (Office Open XML, ECMA-376): content types,
/// relationships, a blank slide master and layout, a theme, a notes master.
enum OOXMLParts {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let namespaces = #"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main""#
    static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    static let emptyTree = #"<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>"#

    /// `[Content_Types].xml` for `slides` slides.
    static func contentTypes(slides: Int, charts: Int = 0) -> String {
        let type = "application/vnd.openxmlformats-officedocument.presentationml."
        var overrides = [
            ("/ppt/presentation.xml", type + "presentation.main+xml"),
            ("/ppt/slideMasters/slideMaster1.xml", type + "slideMaster+xml"),
            ("/ppt/slideLayouts/slideLayout1.xml", type + "slideLayout+xml"),
            ("/ppt/notesMasters/notesMaster1.xml", type + "notesMaster+xml"),
            ("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
            ("/ppt/theme/theme2.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ]
        for index in 1...max(slides, 1) {
            overrides.append(("/ppt/slides/slide\(index).xml", type + "slide+xml"))
            overrides.append(("/ppt/notesSlides/notesSlide\(index).xml", type + "notesSlide+xml"))
        }
        for index in stride(from: 1, through: charts, by: 1) {
            overrides.append(("/ppt/charts/chart\(index).xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"))
        }
        return declaration + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>"#
            + overrides.map { #"<Override PartName="\#($0.0)" ContentType="\#($0.1)"/>"# }.joined() + "</Types>"
    }

    /// A relationships part.
    static func relationships(_ entries: [(id: String, type: String, target: String)]) -> String {
        declaration + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + entries.map { #"<Relationship Id="\#($0.id)" Type="\#($0.type)" Target="\#($0.target)"/>"# }.joined() + "</Relationships>"
    }

    static let rootRelationships = relationships([
        ("rId1", relationshipType + "officeDocument", "ppt/presentation.xml"),
        ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
        ("rId3", relationshipType + "extended-properties", "docProps/app.xml"),
    ])

    static func presentation(slides: Int) -> String {
        declaration + "<p:presentation \(namespaces)>"
            + #"<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>"#
            + #"<p:notesMasterIdLst><p:notesMasterId r:id="rId2"/></p:notesMasterIdLst><p:sldIdLst>"#
            + (1...max(slides, 1)).map { #"<p:sldId id="\#(255 + $0)" r:id="rId\#(9 + $0)"/>"# }.joined()
            + #"</p:sldIdLst><p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>"#
    }

    static func presentationRelationships(slides: Int) -> String {
        relationships([
            ("rId1", relationshipType + "slideMaster", "slideMasters/slideMaster1.xml"),
            ("rId2", relationshipType + "notesMaster", "notesMasters/notesMaster1.xml"),
            ("rId3", relationshipType + "theme", "theme/theme1.xml"),
        ] + (1...max(slides, 1)).map { ("rId\(9 + $0)", relationshipType + "slide", "slides/slide\($0).xml") })
    }

    static let colourMap = #"<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>"#

    static let slideMaster = declaration + "<p:sldMaster \(namespaces)>"
        + #"<p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg><p:spTree>"# + emptyTree + "</p:spTree></p:cSld>"
        + colourMap + #"<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst>"#
        + "<p:txStyles><p:titleStyle/><p:bodyStyle/><p:otherStyle/></p:txStyles></p:sldMaster>"

    static let slideMasterRelationships = relationships([
        ("rId1", relationshipType + "slideLayout", "../slideLayouts/slideLayout1.xml"),
        ("rId2", relationshipType + "theme", "../theme/theme1.xml"),
    ])

    static let slideLayout = declaration + #"<p:sldLayout \#(namespaces) type="blank" preserve="1">"#
        + #"<p:cSld name="Blank"><p:spTree>"# + emptyTree + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"

    static let slideLayoutRelationships = relationships([("rId1", relationshipType + "slideMaster", "../slideMasters/slideMaster1.xml")])

    static let notesMaster = declaration + "<p:notesMaster \(namespaces)><p:cSld><p:spTree>" + emptyTree + "</p:spTree></p:cSld>" + colourMap + "</p:notesMaster>"

    static let notesMasterRelationships = relationships([("rId1", relationshipType + "theme", "../theme/theme2.xml")])

    /// A complete DrawingML theme (colours, fonts and the three-of-each format lists), its
    /// colour scheme the deck's ``SlidePalette``.
    static func theme(font: String, colours: [(slot: String, rgb: String)]) -> String {
        let fonts = #"<a:latin typeface="\#(font)"/><a:ea typeface=""/><a:cs typeface=""/>"#
        let fills = #"<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>"#
        let line = { (width: Int) in #"<a:ln w="\#(width)"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>"# }
        return declaration + #"<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="CooperationGraph"><a:themeElements>"#
            + #"<a:clrScheme name="CooperationGraph">"# + colours.map { #"<a:\#($0.0)><a:srgbClr val="\#($0.1)"/></a:\#($0.0)>"# }.joined() + "</a:clrScheme>"
            + #"<a:fontScheme name="CooperationGraph"><a:majorFont>"# + fonts + "</a:majorFont><a:minorFont>" + fonts + "</a:minorFont></a:fontScheme>"
            + #"<a:fmtScheme name="CooperationGraph"><a:fillStyleLst>"# + String(repeating: fills, count: 3) + "</a:fillStyleLst>"
            + "<a:lnStyleLst>" + line(6350) + line(12700) + line(19050) + "</a:lnStyleLst>"
            + "<a:effectStyleLst>" + String(repeating: "<a:effectStyle><a:effectLst/></a:effectStyle>", count: 3) + "</a:effectStyleLst>"
            + "<a:bgFillStyleLst>" + String(repeating: fills, count: 3) + "</a:bgFillStyleLst></a:fmtScheme>"
            + "</a:themeElements></a:theme>"
    }

    static func core(title: String) -> String {
        declaration + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">"#
            + "<dc:title>\(title)</dc:title><dc:creator>coopgraph</dc:creator></cp:coreProperties>"
    }

    static let app = declaration + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>coopgraph</Application></Properties>"#
}
