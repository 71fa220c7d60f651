import Foundation
import PatronageCore

/// The result of an extraction run: the merged graph, the problems met, and the unknown people found.
public struct ExtractionResult: Sendable {
  public var graph: PatronageGraph
  /// Documents that could not be read; the others were still processed.
  public var diagnostics: [DocumentError]
  /// Every claim in document order, before merging (one evidence each).
  public var claims: [Relation]
}

/// Extracts a patronage graph from text files: documents are read, split and scanned in parallel (one document,
/// or one part of at most ``ExtractionOptions/chunkBytes`` of a larger one, in memory per worker), and their
/// claims merged in document order so the output is deterministic.
///
/// The library entry point used by `patronage extract` and `patronage build`.
public struct Extractor: Sendable {
  public let lexicon: Lexicon
  public let options: ExtractionOptions
  let gazetteer: Gazetteer

  public init(lexicon: Lexicon, options: ExtractionOptions = ExtractionOptions()) {
    self.lexicon = lexicon
    self.options = options
    self.gazetteer = Gazetteer(lexicon: lexicon)
  }

  /// Extracts from files and folders (folders are walked recursively for .txt and .md files).
  ///
  /// - Parameter progress: called with (documents done, total) from worker threads.
  /// - Throws: `DocumentError` only if a named path does not exist; unreadable documents become diagnostics.
  public func extract(paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> ExtractionResult {
    let files = try DocumentReader.documents(in: paths)
    let outcomes = OutcomeBox(count: files.count)
    let workers = max(1, min(options.workers ?? ProcessInfo.processInfo.activeProcessorCount, files.count))
    let next = Counter()
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      var extractor = DocumentExtractor(gazetteer: gazetteer, options: options)
      while let index = next.take(below: files.count) {
        let file = files[index]
        let outcome: Result<[Relation], DocumentError>
        do throws(DocumentError) {
          outcome = .success(try extractor.claims(inFile: file.path, name: file.name))
        } catch {
          outcome = .failure(error)
        }
        let done = outcomes.set(index, outcome)
        progress?(done, files.count)
      }
    }
    var claims: [Relation] = []
    var diagnostics: [DocumentError] = []
    for outcome in outcomes.values {
      switch outcome {
      case .success(let relations): claims += relations
      case .failure(let error): diagnostics.append(error)
      case nil: break
      }
    }
    return ExtractionResult(graph: try graph(from: claims), diagnostics: diagnostics, claims: claims)
  }

  /// Builds the merged graph: the lexicon's people and offices that the claims use, plus unknown people.
  func graph(from claims: [Relation]) throws -> PatronageGraph {
    var personIDs = Set<PersonID>()
    var officeIDs = Set<OfficeID>()
    for claim in claims {
      personIDs.formUnion(claim.persons)
      if let office = claim.office { officeIDs.insert(office) }
      if case .institution(let office)? = claim.source { officeIDs.insert(office) }
    }
    let known = gazetteer.persons
    let persons = personIDs.sorted().map { id in
      known[id].map { Person(id: id, name: $0.name, aliases: $0.aliases, born: $0.born, died: $0.died) }
        ?? Person(id: id, name: id.rawValue.capitalized)
    }
    let offices = lexicon.offices.reduce(into: [OfficeID: Office]()) { $0[$1.office.id] = $1.office }
    let usedOffices = officeIDs.sorted().map { offices[$0] ?? Office(id: $0, name: $0.rawValue, kind: .post) }
    return try PatronageGraph(persons: persons, offices: usedOffices, relations: claims)
  }
}

/// Hands out work indices to threads.
final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0

  func take(below limit: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard value < limit else { return nil }
    value += 1
    return value - 1
  }
}

/// Collects per-document outcomes from threads, in document order.
final class OutcomeBox: @unchecked Sendable {
  private let lock = NSLock()
  private(set) var values: [Result<[Relation], DocumentError>?]
  private var done = 0

  init(count: Int) { values = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ outcome: Result<[Relation], DocumentError>) -> Int {
    lock.lock()
    defer { lock.unlock() }
    values[index] = outcome
    done += 1
    return done
  }
}
