import PatronageCore

/// What one patron controlled in a year or span.
public struct PatronControl: Sendable, Equatable, Codable {
  public var id: PersonID
  /// Appointments credited to the patron: made directly plus made through a channel the patron
  /// controlled (`direct + viaChannels`).
  public var appointments: Int
  /// Appointments naming the patron as the appointer.
  public var direct: Int
  /// Appointments made by a channel (Secretariat, Orgburo, …) whose head post the patron held.
  public var viaChannels: Int
  /// `appointments` divided by all attributed appointments of the period.
  public var share: Double
  /// Distinct clients holding, in the period, an office they got from the patron (or a channel
  /// the patron controlled when they were appointed).
  public var clientsInOffice: Int
  /// Offices those appointments and clients fill, in id order.
  public var offices: [OfficeID]
}

/// Appointments made through one institution.
public struct ChannelControl: Sendable, Equatable, Codable {
  public var office: OfficeID
  /// The holder of the channel's head post (latest appointed, then smallest id); nil when the
  /// channel has no head or nobody held it.
  public var controller: PersonID?
  public var appointments: Int

  private enum CodingKeys: String, CodingKey { case office, controller, appointments }

  /// Writes `"controller": null` rather than leaving the key out, so every channel has the same keys.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(office, forKey: .office)
    try container.encode(controller, forKey: .controller)
    try container.encode(appointments, forKey: .appointments)
  }
}

/// Appointments to one office.
public struct OfficeFill: Sendable, Equatable, Codable {
  public var office: OfficeID
  public var appointments: Int
  public var appointees: [PersonID]
  /// The appointers named (person or institution ids), in id order.
  public var appointers: [String]
}

/// Appointment control in one year (or, with `year` nil, over a whole span).
public struct AppointmentYear: Sendable, Equatable, Codable {
  public var year: Int?
  /// Appointments made (dated in the period), attributed or not.
  public var total: Int
  /// Appointments whose appointer is known.
  public var attributed: Int
  /// Sorted by clientsInOffice, then appointments (both descending), then id.
  public var patrons: [PatronControl]
  /// In office id order.
  public var channels: [ChannelControl]
  /// In office id order.
  public var offices: [OfficeFill]
}

/// A client in a patron → client tree.
public struct ClientNode: Sendable, Equatable, Codable {
  public var id: PersonID
  public var office: OfficeID?
  public var year: Int?
  /// The channel the appointment went through, when the patron is credited as its controller.
  public var via: OfficeID?
  /// The client's own clients (each person is expanded once per tree).
  public var clients: [ClientNode]
}

/// A patron who is nobody's client in the span, with everyone placed below them.
public struct ClientTree: Sendable, Equatable, Codable {
  public var patron: PersonID
  public var clients: [ClientNode]
}

/// One step of a circular flow of power.
public struct LoopStep: Sendable, Equatable, Codable {
  /// "appoints" (patron or body → appointee), "sits-in" (holder → office or body), "heads" (post → body).
  public var link: String
  public var from: String
  public var to: String
  public var evidence: [Evidence]
}

/// A directed cycle through a channel or its head post (Daniels' "circular flow of power").
public struct PowerLoop: Sendable, Equatable, Codable {
  /// Node names: "person:<id>" or "office:<id>", starting at the smallest name.
  public var nodes: [String]
  public var years: [Int]
  public var steps: [LoopStep]
}

/// Appointment control per year and over the span, with trees and loops.
public struct AppointmentReport: Sendable, Equatable, Codable {
  public var from: Int
  public var to: Int
  public var years: [AppointmentYear]
  public var span: AppointmentYear
  public var trees: [ClientTree]
  public var loops: [PowerLoop]
}
