/** Small hand-written GPX and TCX files, and hostile or foreign bytes, as the import tests need them. */

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

/** A 15-minute run recorded by a Garmin watch: four points, heart rate 120…150, 18…21 °C, about 334 m. */
export const watchRunGpxText = `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="Garmin Connect" xmlns="http://www.topografix.com/GPX/1/1"
  xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
  <metadata><time>2026-03-02T06:02:00Z</time></metadata>
  <trk>
    <name>Morning Run</name>
    <type>running</type>
    <trkseg>
      <trkpt lat="47.3700" lon="8.5400"><ele>410</ele><time>2026-03-02T06:02:00Z</time>
        <extensions><gpxtpx:TrackPointExtension><gpxtpx:atemp>18</gpxtpx:atemp><gpxtpx:hr>120</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>
      <trkpt lat="47.3710" lon="8.5400"><ele>412</ele><time>2026-03-02T06:07:00Z</time>
        <extensions><gpxtpx:TrackPointExtension><gpxtpx:atemp>19</gpxtpx:atemp><gpxtpx:hr>130</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>
      <trkpt lat="47.3720" lon="8.5400"><ele>415</ele><time>2026-03-02T06:12:00Z</time>
        <extensions><gpxtpx:TrackPointExtension><gpxtpx:atemp>20</gpxtpx:atemp><gpxtpx:hr>140</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>
      <trkpt lat="47.3730" lon="8.5400"><ele>411</ele><time>2026-03-02T06:17:00Z</time>
        <extensions><gpxtpx:TrackPointExtension><gpxtpx:atemp>21</gpxtpx:atemp><gpxtpx:hr>150</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>
    </trkseg>
  </trk>
</gpx>
`
export const watchRunGpx = (): Uint8Array => encode(watchRunGpxText)

/** A planned route: a GPX whose points carry no time, so no workout happened. */
export const routeGpx = (): Uint8Array =>
  encode(`<?xml version="1.0"?>
<gpx version="1.1" creator="Komoot" xmlns="http://www.topografix.com/GPX/1/1">
  <trk><name>Lake loop</name><trkseg>
    <trkpt lat="47.3700" lon="8.5400"><ele>410</ele></trkpt>
    <trkpt lat="47.3800" lon="8.5500"><ele>420</ele></trkpt>
  </trkseg></trk>
</gpx>`)

/**
 * A ride exported as TCX: two laps (20 minutes at 130 bpm average, then after a 2-minute stop 10
 * minutes at 145 bpm), 12.5 km, maximum 160 bpm; the lap totals are what counts.
 */
export const rideTcxText = `<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"
  xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">
  <Activities>
    <Activity Sport="Biking">
      <Id>2026-03-03T17:30:00.000Z</Id>
      <Lap StartTime="2026-03-03T17:30:00.000Z">
        <TotalTimeSeconds>1200.0</TotalTimeSeconds>
        <DistanceMeters>8000.0</DistanceMeters>
        <AverageHeartRateBpm><Value>130</Value></AverageHeartRateBpm>
        <MaximumHeartRateBpm><Value>150</Value></MaximumHeartRateBpm>
        <Intensity>Active</Intensity>
        <TriggerMethod>Manual</TriggerMethod>
        <Track>
          <Trackpoint><Time>2026-03-03T17:30:00.000Z</Time><DistanceMeters>0</DistanceMeters><HeartRateBpm><Value>110</Value></HeartRateBpm></Trackpoint>
          <Trackpoint><Time>2026-03-03T17:50:00.000Z</Time><DistanceMeters>8000</DistanceMeters><HeartRateBpm><Value>150</Value></HeartRateBpm>
            <Extensions><ns3:TPX><ns3:Speed>6.7</ns3:Speed></ns3:TPX></Extensions></Trackpoint>
        </Track>
      </Lap>
      <Lap StartTime="2026-03-03T17:52:00.000Z">
        <TotalTimeSeconds>600.0</TotalTimeSeconds>
        <DistanceMeters>4500.0</DistanceMeters>
        <AverageHeartRateBpm><Value>145</Value></AverageHeartRateBpm>
        <MaximumHeartRateBpm><Value>160</Value></MaximumHeartRateBpm>
        <Intensity>Active</Intensity>
        <TriggerMethod>Manual</TriggerMethod>
        <Track>
          <Trackpoint><Time>2026-03-03T17:52:00.000Z</Time><DistanceMeters>8000</DistanceMeters><HeartRateBpm><Value>140</Value></HeartRateBpm></Trackpoint>
          <Trackpoint><Time>2026-03-03T18:02:00.000Z</Time><DistanceMeters>12500</DistanceMeters><HeartRateBpm><Value>160</Value></HeartRateBpm></Trackpoint>
        </Track>
      </Lap>
    </Activity>
  </Activities>
</TrainingCenterDatabase>
`
export const rideTcx = (): Uint8Array => encode(rideTcxText)

/** The "billion laughs": a GPX whose DOCTYPE defines entities that expand exponentially. */
export const entityBombGpx = (): Uint8Array =>
  encode(`<?xml version="1.0"?>
<!DOCTYPE gpx [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<gpx version="1.1"><trk><name>&lol3;</name><trkseg>
  <trkpt lat="47.37" lon="8.54"><time>2026-03-02T06:02:00Z</time></trkpt>
  <trkpt lat="47.38" lon="8.54"><time>2026-03-02T06:12:00Z</time></trkpt>
</trkseg></trk></gpx>`)

/** An external entity (XXE) trying to read a local file into the document. */
export const externalEntityTcx = (): Uint8Array =>
  encode(`<?xml version="1.0"?>
<!DOCTYPE TrainingCenterDatabase [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<TrainingCenterDatabase><Activities><Activity Sport="Running"><Id>&secret;</Id></Activity></Activities></TrainingCenterDatabase>`)

/** The first bytes of a PNG picture: a file that is no workout at all. */
export const pngBytes = (): Uint8Array =>
  Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89
  ])
