import Foundation
import PatronageCore
import Testing

@testable import PatronageExtraction

@Suite("lexicon")
struct LexiconTests {
  @Test func bundledLexiconLoadsWithCuesAndPeople() throws {
    let lexicon = try Lexicon.bundled()
    #expect(lexicon.persons.contains { $0.id == "stalin" })
    #expect(lexicon.offices.contains { $0.office.id == "general-secretary" })
    #expect(lexicon.cues.byRelation[.appointed]?.contains("appoint") == true)
    #expect(!lexicon.cues.modality.isEmpty)
  }

  @Test func readsEveryKind() throws {
    let lexicon = try Lexicon(
      yaml: """
        format: patronage-lexicon/1
        persons:
          - id: tiberius
            name: Tiberius Caesar
            gender: male
            roles: [{office: emperor, from: 14, to: 37}]
        offices:
          - {id: emperor, name: Emperor, kind: post}
          - {id: senate, name: Senate, kind: body, institution: true}
          - {id: inquiry, name: Commission of inquiry, kind: body, temporary: true}
        events:
          - {id: accession, names: [the accession], from: 0014-09-17}
        groups:
          - {id: julians, names: [the Julians], members: [tiberius]}
        cues:
          appointed: [install]
        """, file: "rome.yaml")
    #expect(lexicon.persons.first?.surnames == ["Caesar"])
    #expect(lexicon.persons.first?.roles.first?.covers(year: 20) == true)
    #expect(lexicon.offices.map(\.isInstitution) == [false, true, false])
    #expect(lexicon.offices.map(\.office.temporary) == [false, false, true])
    #expect(lexicon.events.first?.span.start.year == 14)
    #expect(lexicon.groups.first?.members == ["tiberius"])
    #expect(lexicon.cues.byRelation[.appointed] == ["install"])
  }

  @Test(arguments: [
    ("format: patronage-lexicon/1\npersons:\n  - id: a\n    name: [unclosed\n", 5, "malformed YAML"),
    ("format: patronage-lexicon/1\npersons:\n  - id: Stalin!\n    name: Stalin\n", 3, "must contain only"),
    ("format: patronage-lexicon/1\npersons:\n  - id: stalin\n", 3, "needs a \"name\""),
    ("format: patronage-lexicon/1\noffices:\n  - id: x\n    name: X\n    kind: club\n", 5, "post, body or party"),
    (
      "format: patronage-lexicon/1\npersons:\n  - id: stalin\n    name: Stalin\n    nickname: [Koba]\n", 5,
      "unknown key \"nickname\""
    ),
    ("format: patronage-lexicon/2\n", 1, "unsupported format"),
    (
      "format: patronage-lexicon/1\noffices:\n  - {id: x, name: X, kind: body, temporary: maybe}\n", 3,
      "temporary must be true or false"
    ),
    (
      "format: patronage-lexicon/1\npersons:\n  - id: a\n    name: A\n    born: 1900\n    died: 1890\n", 6,
      "before being born"
    ),
    ("format: patronage-lexicon/1\nevents:\n  - id: e\n    names: [E]\n    from: 1922-13\n", 5, "1922-13"),
    ("format: patronage-lexicon/1\npersons:\n  - id: a\n    name: A\n    born: 0\n", 5, "other than 0 (-44 is 44 BC)"),
    ("format: patronage-lexicon/1\npersons:\n  - id: a\n    name: A\n    died: 99999\n", 5, "(found \"99999\")"),
    ("format: patronage-lexicon/1\npersons:\n  - id: a\n    name: A\n    born: -3001\n", 5, "from -3000 to 3000"),
    (
      "format: patronage-lexicon/1\npersons:\n  - id: a\n    name: A\n  - id: b\n    name: B\n  - id: a\n    name: C\n",
      7, "duplicate person id \"a\" (first defined on line 3)"
    ),
    (
      "format: patronage-lexicon/1\noffices:\n  - id: x\n    name: X\n    kind: post\n  - id: x\n    name: Y\n"
        + "    kind: body\n", 6, "duplicate office id \"x\" (first defined on line 3)"
    ),
    (
      "format: patronage-lexicon/1\nevents:\n  - id: e\n    names: [E]\n    from: 1922\n  - id: e\n    names: [F]\n"
        + "    from: 1923\n", 6, "duplicate event id \"e\" (first defined on line 3)"
    ),
    (
      "format: patronage-lexicon/1\ngroups:\n  - id: g\n    names: [G]\n    members: [a]\n  - id: g\n    names: [H]\n"
        + "    members: [b]\n", 6, "duplicate group id \"g\" (first defined on line 3)"
    ),
  ])
  func errorsNameTheFileAndLine(_ yaml: String, _ line: Int, _ message: String) {
    #expect {
      _ = try Lexicon(yaml: yaml, file: "mine.yaml")
    } throws: { error in
      guard let error = error as? LexiconError else { return false }
      return error.line == line && error.description.hasPrefix("mine.yaml:\(line):")
        && error.description.contains(message)
    }
  }

  @Test func yearsBeforeTheCommonEraAreReadAsInTheGraph() throws {
    let yaml = """
      format: patronage-lexicon/1
      persons:
        - id: pericles
          name: Pericles
          born: -495
          died: -429
          roles: [{office: strategos, from: -500, to: -430}]
      """
    let person = try #require(try Lexicon(yaml: yaml, file: "greek.yaml").persons.first)
    #expect(person.born == -495)
    #expect(person.died == -429)
    #expect(person.roles.first?.from == -500)
    #expect(person.wasAlive(during: -440 ... -430))
  }

  @Test func resourcesAreLookedForNextToTheBinaryWithoutRepeats() {
    let bases = Lexicon.resourceBases().map(\.standardizedFileURL.path)
    let binaryFolder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent()
    #expect(bases.first == binaryFolder.appendingPathComponent(Lexicon.resourceBundleName).standardizedFileURL.path)
    #expect(Set(bases).count == bases.count)
  }

  @Test func lifeYearsAreRead() throws {
    let lexicon = try Lexicon(
      yaml: "format: patronage-lexicon/1\npersons:\n  - id: a\n    name: A\n    born: 1883\n    died: 1936\n",
      file: "mine.yaml")
    let person = try #require(lexicon.persons.first)
    #expect(person.born == 1883 && person.died == 1936)
    #expect(person.wasAlive(during: 1930...1940))
    #expect(!person.wasAlive(during: 1959...1959))
  }

  @Test func userLexiconReplacesEntriesByIDAndAddsCues() throws {
    let base = Lexicon(
      persons: [LexiconPerson(id: "a", name: "Old A")], cues: LexiconCues(byRelation: [.allied: ["ally"]]))
    let top = Lexicon(
      persons: [LexiconPerson(id: "a", name: "New A"), LexiconPerson(id: "b", name: "B")],
      cues: LexiconCues(byRelation: [.allied: ["ally", "friend"]]))
    let merged = base.merged(with: top)
    #expect(merged.persons.map(\.name) == ["New A", "B"])
    #expect(merged.cues.byRelation[.allied] == ["ally", "friend"])
  }

  @Test func missingFileIsReportedWithItsName() {
    #expect(throws: LexiconError.self) { try Lexicon(contentsOfFile: "/nonexistent/lexicon.yaml") }
  }
}
