/**
 * Pictures are made smaller on the phone before they are queued: at most 1600 px on the long side,
 * JPEG at quality 0.85. The original's EXIF block (GPS, time, camera) is carried over, because the
 * platform keeps a photo's EXIF position beside it; its orientation tag is set to 1 since the pixels
 * are already drawn upright.
 */
export const MAX_EDGE = 1600

export async function shrink(file) {
  const bitmap = await decode(file)
  const scale = Math.min(1, MAX_EDGE / Math.max(bitmap.width, bitmap.height))
  const width = Math.max(1, Math.round(bitmap.width * scale))
  const height = Math.max(1, Math.round(bitmap.height * scale))
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  canvas.getContext('2d').drawImage(bitmap, 0, 0, width, height)
  if (bitmap.close) bitmap.close()
  let blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85))
  const exif = await exifSegment(file)
  if (exif) blob = await withExif(blob, exif)
  return { blob, width, height, name: (file.name || 'photo').replace(/\.[^.]*$/, '') + '.jpg' }
}

async function decode(file) {
  if (globalThis.createImageBitmap) {
    try {
      return await createImageBitmap(file, { imageOrientation: 'from-image' })
    } catch {
      // older Safari: fall back to an <img>
    }
  }
  const url = URL.createObjectURL(file)
  try {
    const img = new Image()
    img.src = url
    await img.decode()
    return img
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** The APP1 "Exif" segment of a JPEG (marker and length included), or null. */
async function exifSegment(file) {
  const bytes = new Uint8Array(await file.slice(0, 256 * 1024).arrayBuffer())
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null
  let at = 2
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]
    const length = (bytes[at + 2] << 8) | bytes[at + 3]
    if (marker === 0xda || marker === 0xd9) break
    if (marker === 0xe1 && String.fromCharCode(...bytes.slice(at + 4, at + 8)) === 'Exif' && at + 2 + length <= bytes.length) {
      const segment = bytes.slice(at, at + 2 + length)
      uprightOrientation(segment)
      return segment
    }
    at += 2 + length
  }
  return null
}

/** Sets tag 0x0112 (orientation) of IFD0 to 1, in place. */
function uprightOrientation(segment) {
  const tiff = 10
  const little = segment[tiff] === 0x49
  const view = new DataView(segment.buffer, segment.byteOffset, segment.byteLength)
  const u16 = (o) => view.getUint16(o, little)
  const ifd0 = tiff + view.getUint32(tiff + 4, little)
  if (ifd0 + 2 > segment.length) return
  const entries = u16(ifd0)
  for (let i = 0; i < entries; i++) {
    const entry = ifd0 + 2 + i * 12
    if (entry + 12 > segment.length) return
    if (u16(entry) === 0x0112) view.setUint16(entry + 8, 1, little)
  }
}

/** The new JPEG with the EXIF segment right after its start-of-image marker. */
async function withExif(jpeg, exif) {
  const bytes = new Uint8Array(await jpeg.arrayBuffer())
  let rest = 2
  // a canvas JPEG starts with a JFIF APP0; EXIF readers expect APP1 first, so APP0 is dropped
  if (bytes[2] === 0xff && bytes[3] === 0xe0) rest = 4 + ((bytes[4] << 8) | bytes[5])
  return new Blob([bytes.slice(0, 2), exif, bytes.slice(rest)], { type: 'image/jpeg' })
}
