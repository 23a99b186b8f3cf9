export default function Home() {
  return <main>Fikiri</main>;
}
